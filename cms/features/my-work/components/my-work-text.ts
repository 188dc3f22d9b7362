import { useAdminText } from '../../../admin-ui/use-admin-text'
import type { SectionKey } from '../sections'

type Titles = Record<SectionKey, string>

/** What "Việc của tôi" says, in the admin's two languages. */
const vi = {
  title: 'Việc của tôi',
  greeting: (name: string) => `Xin chào, ${name}.`,
  updated: 'Cập nhật lúc',
  board: {
    drafts: 'Bản nháp của tôi',
    returned: 'Bị trả lại cho tôi',
    awaiting: 'Chờ tôi duyệt',
    scheduled: 'Đã lên lịch',
    published: 'Xuất bản gần đây',
  } as Titles,
  province: {
    drafts: 'Bản nháp',
    returned: 'Bị trả lại',
    awaiting: 'Chờ duyệt',
    scheduled: 'Đã lên lịch',
    published: 'Xuất bản gần đây',
  } as Titles,
  recent: (days: number) => `trong ${days} ngày qua`,
  nothing: 'Không có mục nào.',
  more: (n: number) => `và ${n} mục khác: chọn loại nội dung ở trên để xem tất cả.`,
  myCommunes: 'Đơn vị của tôi',
  noCommunes: 'Tài khoản chưa thuộc ban biên tập của đơn vị nào.',
  openSite: 'Mở trang web',
  siteState: 'Trạng thái trang',
  liveSince: 'hoạt động từ',
  sites: 'Trang web các đơn vị',
  communesCount: (n: number) => `${n} đơn vị`,
  failedSites: 'Trang web bị lỗi ở lần xây dựng gần nhất',
  comment: 'Ý kiến',
  viewLive: 'Xem trên trang',
  publishAt: 'Xuất bản lúc',
  unpublishAt: 'Gỡ xuống lúc',
  updatedAt: 'Sửa lúc',
  commune: 'Đơn vị',
  type: 'Loại',
  itemTitle: 'Tiêu đề',
  when: 'Thời gian',
}

export type MyWorkText = typeof vi

const en: MyWorkText = {
  title: 'My work',
  greeting: (name: string) => `Hello, ${name}.`,
  updated: 'Updated at',
  board: {
    drafts: 'My drafts',
    returned: 'Returned to me',
    awaiting: 'Waiting for my approval',
    scheduled: 'Scheduled',
    published: 'Recently published',
  },
  province: {
    drafts: 'Drafts',
    returned: 'Returned',
    awaiting: 'Waiting for approval',
    scheduled: 'Scheduled',
    published: 'Recently published',
  },
  recent: (days: number) => `in the last ${days} days`,
  nothing: 'Nothing here.',
  more: (n: number) => `and ${n} more: pick a content type above to see them all.`,
  myCommunes: 'My communes',
  noCommunes: 'This account is not on any commune board yet.',
  openSite: 'Open the website',
  siteState: 'Site state',
  liveSince: 'live since',
  sites: 'Commune websites',
  communesCount: (n: number) => `${n} communes`,
  failedSites: 'Websites whose last build failed',
  comment: 'Comment',
  viewLive: 'View on the site',
  publishAt: 'Publish at',
  unpublishAt: 'Unpublish at',
  updatedAt: 'Edited at',
  commune: 'Commune',
  type: 'Type',
  itemTitle: 'Title',
  when: 'When',
}

export const useMyWorkText = () => useAdminText({ vi, en })
