import { useAdminText } from '../../../admin-ui/use-admin-text'

/** What the menu editor says, in the admin's two languages. */
const vi = {
  linkTo: 'Liên kết tới',
  kind: 'Loại liên kết',
  kinds: {
    section: 'Mục của trang',
    category: 'Chuyên mục tin tức',
    page: 'Trang giới thiệu',
    document: 'Văn bản',
    external: 'Liên kết ngoài (http/https)',
  },
  choose: '— Chọn —',
  externalPlaceholder: 'https://',
  externalRule: 'Liên kết ngoài: cần một địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.',
  address: 'Địa chỉ sẽ lưu',
  none: '(chưa chọn)',
  loading: 'Đang tải danh sách…',
  loadFailed: 'Không tải được danh sách của đơn vị; hãy tải lại trang.',
  kept: 'địa chỉ hiện tại',
  noCommune: 'Chọn đơn vị của cấu hình trước.',
}
const en: typeof vi = {
  linkTo: 'Link to',
  kind: 'Kind of link',
  kinds: {
    section: 'Section of the site',
    category: 'News category',
    page: 'Page',
    document: 'Document',
    external: 'External link (http/https)',
  },
  choose: '— Choose —',
  externalPlaceholder: 'https://',
  externalRule: 'External link: a full address starting with http:// or https:// is needed.',
  address: 'Address to be saved',
  none: '(none yet)',
  loading: 'Loading the lists…',
  loadFailed: "Could not load the commune's lists; reload the page.",
  kept: 'current address',
  noCommune: 'Choose the settings’ commune first.',
}

export const useMenuText = () => useAdminText({ vi, en })
