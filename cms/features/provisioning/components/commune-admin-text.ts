import { useTranslation } from '@payloadcms/ui'
import { langOf, type Lang } from '../../publishing/components/site-text'

/**
 * What the province's commune controls say (the "new commune" view, and suspend, resume and
 * delete in the site panel), in the admin's two languages, as site-text.ts does for the site
 * state. Messages from the server (field errors, the removal's answer) are Vietnamese and shown
 * as they come.
 */
const TEXT = {
  vi: {
    title: 'Khởi tạo đơn vị mới',
    communes: 'Đơn vị cấp xã',
    intro:
      'Tạo trang thông tin điện tử cho một xã, phường hoặc thị trấn trong một bước: đơn vị, nội dung ban đầu theo mẫu trang của tỉnh, tài khoản và lời mời cho ban biên tập, trang thống kê Matomo, rồi xây dựng trang web.',
    onlyProvince: 'Chỉ quản trị tỉnh được khởi tạo đơn vị.',
    unitSection: 'Đơn vị',
    name: 'Tên đơn vị',
    namePlaceholder: 'Ví dụ: Xã Mỹ Khánh',
    type: 'Loại đơn vị',
    typeXa: 'Xã',
    typePhuong: 'Phường',
    typeThiTran: 'Thị trấn',
    code: 'Mã đơn vị hành chính',
    codeHint: '5 chữ số, theo danh mục của Tổng cục Thống kê.',
    district: 'Huyện/thị xã/thành phố',
    chooseDistrict: 'Chọn huyện/thị xã/thành phố',
    districtsFailed: 'Không tải được danh sách huyện. Tải lại trang để thử lại.',
    theme: 'Giao diện',
    chooseTheme: 'Chọn giao diện',
    domainsSection: 'Tên miền',
    domainsHint: 'Không bắt buộc. Trang luôn có địa chỉ theo mã đường dẫn; tên miền riêng có thể thêm sau.',
    domain: 'Tên miền',
    domainPlaceholder: 'mykhanh.longxuyen.angiang.gov.vn',
    addDomain: 'Thêm tên miền',
    boardSection: 'Ban biên tập',
    boardHint:
      'Mỗi người nhận một tài khoản và một lời mời đặt mật khẩu (hiệu lực 7 ngày). Có thể bỏ trống và thêm tài khoản sau.',
    memberName: 'Họ tên',
    memberEmail: 'Thư điện tử',
    memberRole: 'Vai trò',
    roleChief: 'Trưởng ban biên tập',
    roleEditor: 'Biên tập viên',
    roleContributor: 'Cộng tác viên',
    addMember: 'Thêm người',
    remove: 'Xóa dòng',
    submit: 'Khởi tạo đơn vị',
    submitting: 'Đang khởi tạo... (vài giây)',
    fixErrors: 'Chưa khởi tạo được: hãy sửa các ô được đánh dấu.',
    networkError: 'Không gửi được yêu cầu. Kiểm tra kết nối và thử lại.',
    created: 'Đã khởi tạo',
    existing: 'Đơn vị đã có, đã hoàn tất các bước còn thiếu',
    openAdmin: 'Mở trang quản trị của đơn vị',
    openSite: 'Mở trang web',
    officialDomain: 'Tên miền',
    steps: 'Các bước đã làm',
    warnings: 'Cần lưu ý',
    invitations: 'Lời mời ban biên tập',
    noInvitations: 'Không có lời mời mới (chưa khai báo ban biên tập, hoặc tài khoản đã có).',
    emailed: 'Đã gửi thư mời',
    linkOnce:
      'Các liên kết mời dưới đây chỉ hiện một lần, lúc này: hãy sao chép và trao cho từng người (mỗi liên kết có hiệu lực 7 ngày, dùng được một lần). Rời trang này thì không xem lại được.',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    copyFailed: 'Không sao chép được: hãy chọn liên kết và sao chép bằng tay.',
    siteState: 'Trang web',
    siteQueued: 'Trang đang chờ xây dựng...',
    siteBuilding: 'Đang xây dựng trang...',
    siteLive: 'Trang đã hoạt động',
    siteFailed: 'Xây dựng trang bị lỗi',
    siteSlow:
      'Trang vẫn đang chờ xây dựng. Nếu máy chủ không chạy tiến trình xây dựng trang, hãy chạy "npm run worker" hoặc "npm run provision" cho đơn vị này.',
    another: 'Khởi tạo đơn vị khác',
    // Site panel: the commune's status
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
  },
  en: {
    title: 'New commune',
    communes: 'Communes',
    intro:
      "Create the website of a commune, ward or township in one step: the commune, its starting content from the province's template, its board's accounts and invitations, its Matomo site, then its website.",
    onlyProvince: 'Only the province admin may provision communes.',
    unitSection: 'Commune',
    name: 'Name',
    namePlaceholder: 'e.g. Xã Mỹ Khánh',
    type: 'Type',
    typeXa: 'Commune (xã)',
    typePhuong: 'Ward (phường)',
    typeThiTran: 'Township (thị trấn)',
    code: 'Official code',
    codeHint: '5 digits, from the statistics office list.',
    district: 'District',
    chooseDistrict: 'Choose a district',
    districtsFailed: 'Could not load the districts. Reload the page to try again.',
    theme: 'Theme',
    chooseTheme: 'Choose a theme',
    domainsSection: 'Domains',
    domainsHint: 'Optional. The site always has an address from its slug; own domains can be added later.',
    domain: 'Domain',
    domainPlaceholder: 'mykhanh.longxuyen.angiang.gov.vn',
    addDomain: 'Add a domain',
    boardSection: 'Editorial board',
    boardHint:
      'Each person gets an account and an invitation to set a password (valid 7 days). May be left empty; accounts can be added later.',
    memberName: 'Full name',
    memberEmail: 'Email',
    memberRole: 'Role',
    roleChief: 'Editor-in-chief',
    roleEditor: 'Editor',
    roleContributor: 'Contributor',
    addMember: 'Add a person',
    remove: 'Remove row',
    submit: 'Provision the commune',
    submitting: 'Provisioning... (a few seconds)',
    fixErrors: 'Not provisioned: correct the marked fields.',
    networkError: 'The request could not be sent. Check the connection and try again.',
    created: 'Provisioned',
    existing: 'The commune existed; the missing steps are done',
    openAdmin: "Open the commune's admin page",
    openSite: 'Open the website',
    officialDomain: 'Domain',
    steps: 'Steps done',
    warnings: 'Please note',
    invitations: 'Board invitations',
    noInvitations: 'No new invitations (no board given, or the accounts existed).',
    emailed: 'Invitation emailed',
    linkOnce:
      'The invitation links below are shown once, now: copy them and hand one to each person (each is valid 7 days, for one use). Once you leave this page they cannot be shown again.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the link and copy it by hand.',
    siteState: 'Website',
    siteQueued: 'The site is queued for building...',
    siteBuilding: 'Building the site...',
    siteLive: 'The site is live',
    siteFailed: 'The site build failed',
    siteSlow:
      'The site is still queued. If the server runs no build worker, run "npm run worker" or "npm run provision" for this commune.',
    another: 'Provision another commune',
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
  },
} as const

export type CommuneAdminText = { [K in keyof (typeof TEXT)['vi']]: string }

export const communeAdminText = (lang: Lang): CommuneAdminText => TEXT[lang]

/** The texts in the admin's current language, and the language. */
export const useCommuneAdminText = () => {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  return { text: communeAdminText(lang), lang }
}

/** Fills "{name}"-style placeholders. */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
