import { useAdminText } from '../../../admin-ui/use-admin-text'

/** What the preview button says, in the admin's two languages. */
const vi = {
  preview: 'Xem trước',
  hint: 'Mở bản đã lưu trong một thẻ mới, đúng như trang web của đơn vị sẽ hiển thị (liên kết riêng, hết hạn sau 30 phút).',
  unsaved: 'Có thay đổi chưa lưu: bản xem trước chỉ hiển thị bản đã lưu. Hãy lưu nháp trước.',
}
const en: typeof vi = {
  preview: 'Preview',
  hint: "Opens the saved version in a new tab, exactly as the commune's site will show it (private link, expires in 30 minutes).",
  unsaved: 'Unsaved changes: the preview shows the saved version only. Save a draft first.',
}

export const usePreviewText = () => useAdminText({ vi, en })
