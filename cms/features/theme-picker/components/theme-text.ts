import { useAdminText } from '../../../admin-ui/use-admin-text'

/** What the theme picker says, in the admin's two languages. */
const vi = {
  label: 'Giao diện',
  hint: 'Chọn một trong 25 giao diện (dùng phím mũi tên để chuyển). Giao diện mới được áp dụng ở lần xây dựng trang sau khi lưu.',
  current: 'đang dùng',
  chosen: (name: string) => `Đã chọn: ${name}`,
  preview: 'Xem trước trang chủ với giao diện này',
  previewing: 'Đang tạo bản xem trước…',
  opened: 'Đã mở bản xem trước trong thẻ mới (liên kết riêng, hết hạn sau 30 phút).',
  notSaved: 'Lưu đơn vị trước khi xem trước giao diện.',
  failed: 'Không tạo được bản xem trước',
}
const en: typeof vi = {
  label: 'Theme',
  hint: 'Choose one of the 25 themes (arrow keys move between them). A new theme applies at the next build after saving.',
  current: 'in use',
  chosen: (name: string) => `Chosen: ${name}`,
  preview: 'Preview the home page in this theme',
  previewing: 'Making the preview…',
  opened: 'The preview opened in a new tab (private link, expires in 30 minutes).',
  notSaved: 'Save the commune before previewing a theme.',
  failed: 'Could not make the preview',
}

export const useThemeText = () => useAdminText({ vi, en })
