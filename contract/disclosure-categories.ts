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
