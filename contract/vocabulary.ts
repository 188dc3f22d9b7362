/**
 * The vocabulary the CMS and the sites share: the kinds of commune, of document and of
 * procedure, the organs of a commune and the 14 disclosure categories. Values are stable API
 * names stored in the database; labels are what editors and citizens read.
 */

/** Xã, phường, thị trấn: the three kinds of commune-level unit. */
export const COMMUNE_TYPES = [
  { value: 'xa', label: 'Xã', word: 'xã' },
  { value: 'phuong', label: 'Phường', word: 'phường' },
  { value: 'thi-tran', label: 'Thị trấn', word: 'thị trấn' },
  // Since 2025-07-01: island units at commune level (Phú Quốc, Kiên Hải, Thổ Châu).
  { value: 'dac-khu', label: 'Đặc khu', word: 'đặc khu' },
] as const
export type CommuneType = (typeof COMMUNE_TYPES)[number]['value']
export const isCommuneType = (value: unknown): value is CommuneType => COMMUNE_TYPES.some((t) => t.value === value)
/** "Xã", "Phường", "Thị trấn": the word that starts a unit's name. */
export const communeTypeLabel = (type: CommuneType): string => COMMUNE_TYPES.find((t) => t.value === type)!.label
/** "xã", "phường", "thị trấn": the word inside a sentence. */
export const communeTypeWord = (type: CommuneType): string => COMMUNE_TYPES.find((t) => t.value === type)!.word

/** Văn bản: the kinds of official document. */
export const DOCUMENT_TYPES = [
  { value: 'quyet-dinh', label: 'Quyết định' },
  { value: 'nghi-quyet', label: 'Nghị quyết' },
  { value: 'ke-hoach', label: 'Kế hoạch' },
  { value: 'thong-bao', label: 'Thông báo' },
  { value: 'bao-cao', label: 'Báo cáo' },
  { value: 'cong-van', label: 'Công văn' },
  { value: 'chi-thi', label: 'Chỉ thị' },
  { value: 'khac', label: 'Khác' },
] as const

/** Văn bản: the fields a document belongs to. */
export const DOCUMENT_FIELDS = [
  { value: 'dat-dai', label: 'Đất đai' },
  { value: 'xay-dung', label: 'Xây dựng' },
  { value: 'nong-nghiep', label: 'Nông nghiệp' },
  { value: 'y-te', label: 'Y tế' },
  { value: 'giao-duc', label: 'Giáo dục' },
  { value: 'tai-chinh', label: 'Tài chính' },
  { value: 'van-hoa', label: 'Văn hóa - Xã hội' },
  { value: 'noi-vu', label: 'Nội vụ' },
  { value: 'tu-phap', label: 'Tư pháp' },
  { value: 'khac', label: 'Khác' },
] as const

/** The organs of a commune (leaders are listed by organ). */
export const ORGANS = [
  { value: 'dang-uy', label: 'Đảng ủy' },
  { value: 'hdnd', label: 'Hội đồng nhân dân' },
  { value: 'ubnd', label: 'Ủy ban nhân dân' },
  { value: 'mttq', label: 'Ủy ban Mặt trận Tổ quốc' },
  { value: 'doan-the', label: 'Các đoàn thể' },
] as const

/** Thủ tục hành chính: the fields a procedure belongs to. */
export const PROCEDURE_FIELDS = [
  { value: 'ho-tich', label: 'Hộ tịch' },
  { value: 'chung-thuc', label: 'Chứng thực' },
  { value: 'bao-tro-xa-hoi', label: 'Bảo trợ xã hội' },
  { value: 'nguoi-co-cong', label: 'Người có công' },
  { value: 'dat-dai', label: 'Đất đai' },
  { value: 'khac', label: 'Khác' },
] as const

/**
 * The 14 categories a commune must disclose on its website (Luật Thực hiện dân chủ ở cơ sở
 * 10/2022, Art. 11-13). Values are stable API names; labels are what citizens read.
 */
export const DISCLOSURE_CATEGORIES = [
  { value: 'ke-hoach-kinh-te-xa-hoi', label: 'Kế hoạch phát triển kinh tế - xã hội' },
  { value: 'du-toan-ngan-sach', label: 'Dự toán, quyết toán ngân sách' },
  { value: 'du-an-dau-tu', label: 'Chương trình, dự án đầu tư' },
  { value: 'thu-hoi-dat', label: 'Quy hoạch sử dụng đất, thu hồi đất, bồi thường, hỗ trợ tái định cư' },
  { value: 'quy-che-dan-chu', label: 'Quy chế dân chủ và nhiệm vụ của cán bộ, công chức' },
  { value: 'quy-dong-gop', label: 'Các quỹ, khoản đóng góp của nhân dân' },
  { value: 'tai-san-cong', label: 'Quản lý, sử dụng tài sản công' },
  { value: 'doi-tuong-chinh-sach', label: 'Đối tượng hưởng chính sách an sinh, cứu trợ thiên tai' },
  { value: 'goi-nhap-ngu', label: 'Danh sách gọi công dân nhập ngũ' },
  { value: 'ket-qua-thanh-tra', label: 'Kết quả thanh tra, kiểm tra, lấy phiếu tín nhiệm' },
  { value: 'lay-y-kien-nhan-dan', label: 'Lấy ý kiến nhân dân' },
  { value: 'phi-le-phi', label: 'Phí, lệ phí' },
  { value: 'thu-tuc-hanh-chinh', label: 'Thủ tục hành chính' },
  { value: 'khac', label: 'Nội dung khác theo quy định của pháp luật' },
] as const

export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number]['value']

/**
 * The blocks a commune's home page may show, in the order a board may choose (settings
 * homepageSections): the admin's choices and the sites' section titles.
 */
export const HOMEPAGE_SECTIONS = [
  { value: 'featured', label: 'Tin nổi bật' },
  { value: 'latest-news', label: 'Tin mới' },
  { value: 'announcements', label: 'Thông báo' },
  { value: 'documents', label: 'Văn bản mới' },
  { value: 'disclosures', label: 'Công khai' },
  { value: 'procedures', label: 'Thủ tục hành chính' },
  { value: 'leaders', label: 'Lãnh đạo' },
] as const

export type HomepageSection = (typeof HOMEPAGE_SECTIONS)[number]['value']

/** The social platforms a commune may list its official accounts on, with their display names. */
export const SOCIAL_PLATFORMS = [
  { value: 'facebook', label: 'Facebook' },
  { value: 'zalo', label: 'Zalo' },
  { value: 'youtube', label: 'YouTube' },
  { value: 'tiktok', label: 'TikTok' },
] as const
