import { useAdminText } from '../../../admin-ui/use-admin-text'

/** What the bell says, in the admin's two languages. */
const vi = {
  bell: 'Thông báo công việc',
  unread: (n: number) => (n === 0 ? 'không có thông báo mới' : `${n} thông báo chưa đọc`),
  empty: 'Chưa có thông báo nào.',
  loadFailed: 'Không tải được thông báo. Kiểm tra kết nối và thử lại.',
  markAll: 'Đánh dấu tất cả là đã đọc',
  markRead: 'Đánh dấu đã đọc',
  seeAll: 'Xem tất cả thông báo',
  submitted: 'chờ duyệt',
  returned: 'bị trả lại',
  published: 'đã xuất bản',
  by: 'Người thực hiện',
  comment: 'Ý kiến',
  viewLive: 'Xem trên trang',
  newBadge: 'Mới',
}

export type NoticeText = { [K in keyof typeof vi]: (typeof vi)[K] }

const en: NoticeText = {
  bell: 'Notifications',
  unread: (n: number) => (n === 0 ? 'no new notifications' : `${n} unread notifications`),
  empty: 'No notifications yet.',
  loadFailed: 'Could not load the notifications. Check the connection and try again.',
  markAll: 'Mark all as read',
  markRead: 'Mark as read',
  seeAll: 'See all notifications',
  submitted: 'submitted',
  returned: 'returned',
  published: 'published',
  by: 'By',
  comment: 'Comment',
  viewLive: 'View on the site',
  newBadge: 'New',
}

export const useNoticeText = () => useAdminText({ vi, en })
