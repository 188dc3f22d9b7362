/**
 * The main menu of a site whose board has not set one, and the menu the provisioning template
 * starts from (cms/features/provisioning/template-defaults.ts): the one list of the sections every site has.
 */
export const DEFAULT_MAIN_MENU: readonly { label: string; url: string }[] = [
  { label: 'Giới thiệu', url: '/gioi-thieu/' },
  { label: 'Tổ chức bộ máy', url: '/to-chuc-bo-may/' },
  { label: 'Tin tức', url: '/tin-tuc/' },
  { label: 'Thông báo', url: '/thong-bao/' },
  { label: 'Văn bản', url: '/van-ban/' },
  { label: 'Công khai', url: '/cong-khai/' },
  { label: 'Thủ tục hành chính', url: '/thu-tuc-hanh-chinh/' },
  { label: 'Hỏi đáp', url: '/hoi-dap/' },
  { label: 'Liên hệ', url: '/lien-he/' },
]
