import { useAdminText } from '../../../admin-ui/use-admin-text'

/** What the "Nhập từ Word" control says, in the admin's two languages. */
const vi = {
  button: 'Nhập từ Word',
  hint: 'Chọn tệp .docx: tiêu đề, đề mục, danh sách, bảng, liên kết và ảnh được giữ lại; kết quả là một bản nháp.',
  commune: 'Đơn vị nhận nội dung',
  chooseCommune: 'Chọn đơn vị',
  needCommune: 'Hãy chọn đơn vị trước khi nhập tệp Word.',
  sending: (file: string) => `Đang nhập tệp «${file}»…`,
  notDocx: (file: string) => `Tệp «${file}»: chỉ nhập được tệp Word .docx.`,
  tooLarge: (file: string, mb: number) => `Tệp «${file}»: tệp vượt quá dung lượng tối đa ${mb} MB cho một tệp Word.`,
  network: 'Không gửi được tệp; hãy kiểm tra kết nối mạng rồi thử lại.',
  needAlt: 'Các ảnh sau cần mô tả (văn bản thay thế) cho người khiếm thị:',
  describe: (n: number) => `Viết mô tả cho ảnh ${n}`,
  open: 'Mở bản nháp',
}

const en: typeof vi = {
  button: 'Import from Word',
  hint: 'Choose a .docx file: title, headings, lists, tables, links and images are kept; the result is a draft.',
  commune: 'Commune',
  chooseCommune: 'Choose a commune',
  needCommune: 'Choose a commune before importing a Word file.',
  sending: (file) => `Importing "${file}"…`,
  notDocx: (file) => `"${file}": only Word .docx files can be imported.`,
  tooLarge: (file, mb) => `"${file}": the file is larger than the ${mb} MB limit for a Word file.`,
  network: 'The file could not be sent; check the network connection and try again.',
  needAlt: 'These images need a description (alt text) for screen readers:',
  describe: (n) => `Describe image ${n}`,
  open: 'Open the draft',
}

export const useImportText = () => useAdminText({ vi, en })
