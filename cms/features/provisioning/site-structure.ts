/**
 * The structure every commune site shares: its news categories and its introduction pages.
 * The provisioning template (template-defaults.ts) starts a new commune from them with text
 * for the board to complete; the demo province (demo/demo-content.ts) fills them with demo
 * text. Pure data, so the demo and the sample snapshots can read it without Payload.
 */

/**
 * The news categories of every commune site. Descriptions use the template's tokens ({xa},
 * {ntm}); the demo content (demo/demo-content.ts) fills the same list with its own filler.
 */
export const NEWS_CATEGORIES = [
  { name: 'Tin hoạt động', description: 'Hoạt động của Đảng ủy, HĐND, UBND, Mặt trận và các đoàn thể {xa}.' },
  {
    name: 'Kinh tế - Nông nghiệp',
    description: 'Sản xuất lúa, hoa màu, chăn nuôi, thủy sản, thương mại - dịch vụ và xây dựng {ntm}.',
  },
  {
    name: 'Văn hóa - Xã hội',
    description:
      'Giáo dục, y tế, văn hóa, thể thao, an sinh xã hội và lễ hội truyền thống của đồng bào Kinh, Khmer, Hoa, Chăm.',
  },
  {
    name: 'An ninh - Quốc phòng',
    description:
      'Quốc phòng toàn dân, an ninh trật tự, phòng cháy chữa cháy, an toàn giao thông và phòng, chống thiên tai.',
  },
  {
    name: 'Chuyển đổi số',
    description:
      'Chính quyền số, dịch vụ công trực tuyến, Đề án 06, thanh toán không dùng tiền mặt và kỹ năng số cho người dân.',
  },
] as const

/**
 * The introduction pages of every commune site (slug, title, place in the tree): the demo fills
 * them with sample text, the provisioning template starts from them with text to complete.
 */
export const INTRO_PAGES = [
  { slug: 'gioi-thieu', title: 'Giới thiệu', parentSlug: null, order: 1 },
  { slug: 'tong-quan', title: 'Tổng quan', parentSlug: 'gioi-thieu', order: 1 },
  { slug: 'lich-su', title: 'Lịch sử hình thành', parentSlug: 'gioi-thieu', order: 2 },
  { slug: 'dieu-kien-tu-nhien', title: 'Điều kiện tự nhiên', parentSlug: 'gioi-thieu', order: 3 },
  { slug: 'ban-do-hanh-chinh', title: 'Bản đồ hành chính', parentSlug: 'gioi-thieu', order: 4 },
  { slug: 'di-tich-danh-thang', title: 'Di tích, danh thắng', parentSlug: 'gioi-thieu', order: 5 },
  { slug: 'tiep-can-thong-tin', title: 'Tiếp cận thông tin', parentSlug: null, order: 2 },
  { slug: 'lien-he', title: 'Liên hệ', parentSlug: null, order: 3 },
] as const satisfies readonly { slug: string; title: string; parentSlug: string | null; order: number }[]
export type IntroPageSlug = (typeof INTRO_PAGES)[number]['slug']
