import { DISCLOSURE_CATEGORIES } from '../../../contract/vocabulary'

/**
 * The sections every commune site must fill (PRODUCT.md, "What each commune site publishes"):
 * stable keys (the API's `emptySections`) and what the province reads.
 */
export const REQUIRED_SECTIONS: readonly { key: string; label: string }[] = [
  { key: 'introduction', label: 'Trang giới thiệu' },
  { key: 'leaders', label: 'Lãnh đạo có tiểu sử' },
  { key: 'documents', label: 'Văn bản' },
  ...DISCLOSURE_CATEGORIES.map((c) => ({ key: `disclosure:${c.value}`, label: `Công khai: ${c.label}` })),
  { key: 'procedures', label: 'Thủ tục hành chính' },
  { key: 'spokesperson', label: 'Người phát ngôn' },
  { key: 'focal-person', label: 'Đầu mối tiếp cận thông tin' },
  { key: 'contact', label: 'Liên hệ' },
]

export const sectionLabel = (key: string): string => REQUIRED_SECTIONS.find((s) => s.key === key)?.label ?? key

/** The introduction pages (Giới thiệu and its children) as the commune template names them. */
export const INTRODUCTION_SLUGS = [
  'gioi-thieu',
  'tong-quan',
  'lich-su',
  'dieu-kien-tu-nhien',
  'ban-do-hanh-chinh',
  'di-tich-danh-thang',
]
/** The "Tiếp cận thông tin" page names the focal person and how to ask. */
export const FOCAL_PERSON_SLUG = 'tiep-can-thong-tin'
export const CONTACT_PAGE_SLUG = 'lien-he'
