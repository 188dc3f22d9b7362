import { useAdminText } from '../../../admin-ui/use-admin-text'

/**
 * What the commune's status controls in its site panel say (suspend, resume, delete), in the
 * admin's two languages. Messages from the server (the removal's answer, refusals) are
 * Vietnamese and shown as they come.
 */
const vi = {
  lifecycle: 'Hoạt động của đơn vị',
  suspend: 'Tạm dừng đơn vị',
  suspendConfirm:
    'Tạm dừng {name}? Trang web của đơn vị chỉ còn hiển thị thông báo tạm ngừng hoạt động; ban biên tập bị đăng xuất và không đăng nhập được cho đến khi đơn vị hoạt động lại. Nội dung được giữ nguyên.',
  suspendYes: 'Xác nhận tạm dừng',
  suspended: 'Đã tạm dừng {name}. Trang web hiển thị thông báo sau ít giây.',
  suspendedNote:
    'Đơn vị đang tạm dừng: trang web hiển thị thông báo tạm ngừng hoạt động, ban biên tập không đăng nhập được.',
  resume: 'Cho hoạt động lại',
  resumeConfirm: 'Cho {name} hoạt động lại? Trang web hiển thị lại bình thường và ban biên tập đăng nhập được.',
  resumeYes: 'Xác nhận cho hoạt động lại',
  resumed: '{name} đã hoạt động lại. Trang web hiển thị lại sau ít giây.',
  cancel: 'Hủy',
  removeOpen: 'Xóa đơn vị…',
  removeExplain:
    'Xóa {name} cùng toàn bộ nội dung, bản nháp, tệp, các tài khoản chỉ thuộc đơn vị này và trang web. Trước khi xóa, mọi dữ liệu (nội dung, tệp, ban biên tập không kèm mật khẩu, nhật ký) được xuất vào thư mục dữ liệu (exports/). Việc xóa không hoàn tác được.',
  removeType: 'Để xác nhận, nhập mã đường dẫn của đơn vị: {slug}',
  removeYes: 'Xuất dữ liệu và xóa vĩnh viễn',
  removing: 'Đang xuất dữ liệu và xóa...',
  sending: 'Đang gửi yêu cầu...',
  networkError: 'Không gửi được yêu cầu. Kiểm tra kết nối và thử lại.',
}

export type LifecycleText = { [K in keyof typeof vi]: string }

const en: LifecycleText = {
  lifecycle: "The commune's status",
  suspend: 'Suspend the commune',
  suspendConfirm:
    'Suspend {name}? Its website will only show a notice that it is suspended; its board is logged out and cannot log in until it is resumed. Its content is kept.',
  suspendYes: 'Confirm: suspend',
  suspended: '{name} is suspended. The website shows the notice within seconds.',
  suspendedNote: 'The commune is suspended: its website shows a notice, its board cannot log in.',
  resume: 'Resume the commune',
  resumeConfirm: 'Resume {name}? Its website is shown again and its board can log in.',
  resumeYes: 'Confirm: resume',
  resumed: '{name} is live again. The website is back within seconds.',
  cancel: 'Cancel',
  removeOpen: 'Delete the commune…',
  removeExplain:
    'Delete {name} with all its content, drafts, files, the accounts that belong to it only, and its website. First, everything (content, files, board without passwords, audit log) is exported to the data folder (exports/). This cannot be undone.',
  removeType: "To confirm, type the commune's slug: {slug}",
  removeYes: 'Export and delete for good',
  removing: 'Exporting and deleting...',
  sending: 'Sending the request...',
  networkError: 'The request could not be sent. Check the connection and try again.',
}

/** The texts in the admin's current language. */
export const useLifecycleText = () => useAdminText({ vi, en })

/** Fills "{name}"-style placeholders. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
