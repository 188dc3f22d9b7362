import { useAdminText } from '../../../admin-ui/use-admin-text'

const MB = 1024 * 1024
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`

/** What the size check before an upload says, in the admin's two languages. */
const vi = {
  tooLarge: (file: string, size: number, limit: number, photo: boolean) =>
    `Tệp «${file}» nặng ${mb(size)}, vượt quá dung lượng tối đa ${mb(limit)} cho ${photo ? 'một ảnh' : 'loại tệp này'}; tệp chưa được tải lên.${photo ? '' : ' Hãy nén hoặc tách tệp rồi chọn lại.'}`,
  photoHint: (limit: number) =>
    `Ảnh tối đa ${limit} MB (ảnh chụp từ điện thoại được nhận nguyên bản, hệ thống tự thu nhỏ và xóa thông tin vị trí).`,
}

const en: typeof vi = {
  tooLarge: (file, size, limit, photo) =>
    `"${file}" is ${mb(size)}, over the ${mb(limit)} limit for ${photo ? 'a photo' : 'this kind of file'}; it was not uploaded.`,
  photoHint: (limit) =>
    `Photos up to ${limit} MB (phone photos are accepted as they are, downscaled and without location).`,
}

export const useSizeText = () => useAdminText({ vi, en })
