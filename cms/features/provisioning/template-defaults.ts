/**
 * What a new commune's site starts with, before the province edits the template (the global
 * "commune-template", cms/features/provisioning/commune-template.ts): the news categories and introduction
 * pages every commune site has, with text for the board to complete, the homepage sections
 * and the sites' default menu. The demo province (demo/) fills the same categories and pages
 * with demo text.
 */
import type { HomepageSection } from '../../../contract/vocabulary'
import { lexicalFromParagraphs, type LexicalBlock, type LexicalDoc } from '../../lib/lexical'
import { DEFAULT_MAIN_MENU } from '../../../contract/main-menu'
import { slugify } from '../../lib/vietnamese'
import { INTRO_PAGES, type IntroPageSlug, NEWS_CATEGORIES } from './site-structure'

export type TemplateLink = { label: string; url: string }
export type TemplateCategory = { name: string; slug?: string | null; description?: string | null }
export type TemplatePage = {
  title: string
  slug: string
  parent?: string | null
  order?: number | null
  content?: unknown
}
export type TemplateMenuItem = TemplateLink & { children?: TemplateLink[] | null }

export type CommuneTemplateData = {
  siteTitle: string
  categories: TemplateCategory[]
  pages: TemplatePage[]
  mainMenu: TemplateMenuItem[]
  homepageSections: HomepageSection[]
  footerNote: string
}

/**
 * Tokens the template's texts may use, replaced with the new commune's values when it is
 * provisioned (cms/provisioning/template.ts). The demo content's filler knows the same names.
 */
export const TEMPLATE_TOKENS = [
  { token: '{Xa}', vi: 'tên đầy đủ, đầu câu (Xã Mỹ Khánh)' },
  { token: '{xa}', vi: 'tên đầy đủ, giữa câu (xã Mỹ Khánh)' },
  { token: '{ten}', vi: 'tên riêng (Mỹ Khánh)' },
  { token: '{cap}', vi: 'loại đơn vị (xã, phường, thị trấn)' },
  {
    token: '{huyen}',
    vi: 'huyện/thị xã/thành phố (thành phố Long Xuyên), bỏ đi cùng dấu phẩy khi đơn vị không thuộc huyện',
  },
  { token: '{Huyen}', vi: 'huyện/thị xã/thành phố, đầu câu (Thành phố Long Xuyên)' },
  { token: '{tinh}', vi: 'tỉnh (tỉnh An Giang)' },
  { token: '{ntm}', vi: 'mục tiêu xây dựng (nông thôn mới nâng cao / đô thị văn minh)' },
] as const

/** Text of each introduction page; the board replaces it with the commune's own. */
const INTRO_TEXT: Record<IntroPageSlug, LexicalBlock[]> = {
  'gioi-thieu': [
    '{Xa} thuộc {huyen}, {tinh}.',
    'Trang này giới thiệu tổng quan, lịch sử hình thành, điều kiện tự nhiên, bản đồ hành chính và các di tích, danh thắng của địa phương.',
  ],
  'tong-quan': [
    { heading: 'Diện tích và dân số' },
    'Ban biên tập đang cập nhật diện tích tự nhiên, dân số và thành phần dân tộc của {xa}.',
    { heading: 'Đơn vị hành chính' },
    'Danh sách các ấp, khóm của {xa} đang được cập nhật.',
  ],
  'lich-su': ['Lịch sử hình thành và phát triển của {xa} đang được Ban biên tập cập nhật từ tư liệu chính thức.'],
  'dieu-kien-tu-nhien': [
    'Vị trí địa lý, địa hình, khí hậu, thủy văn và tài nguyên thiên nhiên của {xa} đang được cập nhật.',
  ],
  'ban-do-hanh-chinh': [
    'Bản đồ hành chính {xa} đang được cập nhật.',
    'Ranh giới chính thức theo hồ sơ địa giới hành chính do cơ quan có thẩm quyền phê duyệt.',
  ],
  'di-tich-danh-thang': [
    'Các di tích lịch sử - văn hóa, danh lam thắng cảnh và lễ hội truyền thống trên địa bàn {xa} sẽ được giới thiệu tại đây.',
  ],
  'tiep-can-thong-tin': [
    { heading: 'Quyền tiếp cận thông tin của công dân' },
    'Theo Luật Tiếp cận thông tin năm 2016, công dân được tiếp cận thông tin do Ủy ban nhân dân {xa} tạo ra, trừ thông tin không được tiếp cận hoặc tiếp cận có điều kiện theo quy định.',
    { heading: 'Đầu mối cung cấp thông tin' },
    'Văn phòng HĐND và UBND {xa} là đầu mối tiếp nhận yêu cầu cung cấp thông tin. Yêu cầu có thể gửi trực tiếp, qua bưu điện hoặc thư điện tử.',
  ],
  'lien-he': [
    'Ủy ban nhân dân {xa}',
    'Địa chỉ: trụ sở Ủy ban nhân dân {xa}, {huyen}, {tinh}.',
    'Giờ làm việc: sáng 7 giờ - 11 giờ, chiều 13 giờ - 17 giờ, từ thứ Hai đến thứ Sáu.',
  ],
}

/** The homepage blocks of a new commune's site, in their order. */
export const DEFAULT_HOMEPAGE_SECTIONS: HomepageSection[] = [
  'featured',
  'latest-news',
  'announcements',
  'documents',
  'disclosures',
  'procedures',
]

export const DEFAULT_TEMPLATE: CommuneTemplateData = {
  siteTitle: 'Trang thông tin điện tử {Xa}',
  categories: NEWS_CATEGORIES.map((c) => ({ name: c.name, slug: slugify(c.name), description: c.description })),
  pages: INTRO_PAGES.map((p) => ({
    title: p.title,
    slug: p.slug,
    parent: p.parentSlug,
    order: p.order,
    content: lexicalFromParagraphs(INTRO_TEXT[p.slug]) satisfies LexicalDoc,
  })),
  mainMenu: DEFAULT_MAIN_MENU.map((m) => ({ label: m.label, url: m.url, children: [] })),
  homepageSections: DEFAULT_HOMEPAGE_SECTIONS,
  footerNote: 'Cơ quan chủ quản: Ủy ban nhân dân {xa}, {huyen}, {tinh}.',
}
