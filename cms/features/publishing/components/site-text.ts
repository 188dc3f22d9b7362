import { useAdminText } from '../../../admin-ui/use-admin-text'

/**
 * What the publishing feature's components (list cells, site panel, rebuild panel) say, in the
 * admin's two languages. The state names come from the `site.state` field's options
 * (cms/features/publishing/site-field.ts), so they are written once.
 */
const vi = {
  website: 'Trang web',
  liveSince: 'Hoạt động từ',
  lastBuild: 'Lần xây dựng gần nhất',
  buildTime: 'Thời gian xây dựng',
  pages: 'Số trang',
  builds: 'Số lần xây dựng',
  error: 'Lỗi lần xây dựng gần nhất',
  errorPage: 'Trang gây lỗi',
  errorMarker: 'Lỗi',
  previousFailed: 'Lần xây dựng trước bị lỗi',
  openSite: 'Mở trang web',
  notSaved: 'Trang web được xây dựng sau khi lưu đơn vị.',
  rebuildThis: 'Xây dựng lại trang này',
  rebuildPanel: 'Xây dựng lại trang web',
  rebuildAll: 'Xây dựng lại toàn bộ',
  rebuildAllConfirm:
    'Xây dựng lại trang của tất cả đơn vị đang hoạt động và trang danh bạ của tỉnh? Việc này có thể mất nhiều phút; các trang hiện tại vẫn hoạt động trong lúc xây dựng.',
  confirm: 'Xác nhận xây dựng lại toàn bộ',
  cancel: 'Hủy',
  rebuildDistrict: 'Xây dựng lại theo huyện',
  chooseDistrict: 'Chọn huyện',
  districtsFailed: 'Không tải được danh sách huyện.',
  noDistrict: 'Các đơn vị không thuộc huyện',
  sending: 'Đang gửi yêu cầu...',
  networkError: 'Không gửi được yêu cầu. Kiểm tra kết nối và thử lại.',
  seconds: 'giây',
  minutes: 'phút',
  newCommune: 'Khởi tạo đơn vị mới',
}

export type SiteText = { [K in keyof typeof vi]: string }

const en: SiteText = {
  website: 'Website',
  liveSince: 'Live since',
  lastBuild: 'Last build',
  buildTime: 'Build time',
  pages: 'Pages',
  builds: 'Builds',
  error: 'Last build error',
  errorPage: 'Failing page',
  errorMarker: 'Error',
  previousFailed: 'The previous build failed',
  openSite: 'Open the website',
  notSaved: 'The website is built once the commune is saved.',
  rebuildThis: 'Rebuild this site',
  rebuildPanel: 'Rebuild websites',
  rebuildAll: 'Rebuild all sites',
  rebuildAllConfirm:
    'Rebuild the sites of every live commune and the province directory? This can take several minutes; the current sites stay live meanwhile.',
  confirm: 'Confirm: rebuild all',
  cancel: 'Cancel',
  rebuildDistrict: 'Rebuild a district',
  chooseDistrict: 'Choose a district',
  districtsFailed: 'Could not load the districts.',
  noDistrict: 'Communes of no district',
  sending: 'Sending the request...',
  networkError: 'The request could not be sent. Check the connection and try again.',
  seconds: 's',
  minutes: 'min',
  newCommune: 'New commune',
}

/** The texts in the admin's current language, the language itself and the i18n object. */
export const useSiteText = () => useAdminText({ vi, en })
