/** Labels of the admin's two-factor screens (Vietnamese, NFC). */
export const UI = {
  title: 'Xác thực hai bước',
  loginTitle: 'Nhập mã xác thực hai bước',
  loginIntro:
    'Mở ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…) và nhập mã gồm 6 chữ số đang hiển thị cho tài khoản này.',
  codeLabel: 'Mã xác thực (6 chữ số)',
  recoveryLabel: 'Mã khôi phục',
  useRecovery: 'Không có điện thoại? Dùng mã khôi phục',
  useCode: 'Dùng mã từ ứng dụng xác thực',
  verify: 'Xác nhận',
  backToLogin: 'Quay lại trang đăng nhập',
  on: 'Đang bật',
  off: 'Chưa bật',
  intro:
    'Xác thực hai bước bảo vệ tài khoản kể cả khi mật khẩu bị lộ: mỗi lần đăng nhập cần thêm mã 6 chữ số từ ứng dụng xác thực trên điện thoại.',
  account: 'Tài khoản:',
  required: 'Tỉnh yêu cầu quản trị tỉnh bật xác thực hai bước. Bạn chưa thể làm việc khác cho đến khi cài đặt xong.',
  start: 'Bắt đầu cài đặt',
  scan: 'Bước 1: quét mã QR này bằng ứng dụng xác thực.',
  manual: 'Hoặc nhập khóa này vào ứng dụng:',
  confirmStep: 'Bước 2: nhập mã 6 chữ số ứng dụng hiển thị để xác nhận.',
  confirm: 'Bật xác thực hai bước',
  codesTitle: 'Mã khôi phục (chỉ hiển thị một lần)',
  codesIntro: 'Hãy in hoặc chép 10 mã này và cất nơi an toàn. Mỗi mã dùng được một lần khi không có điện thoại.',
  codesDone: 'Tôi đã lưu các mã khôi phục',
  copy: 'Sao chép',
  codesLeft: (n: number) => `Còn ${n} mã khôi phục chưa dùng.`,
  disableTitle: 'Tắt xác thực hai bước',
  disableIntro: 'Nhập mã hiện tại từ ứng dụng, hoặc một mã khôi phục.',
  disable: 'Tắt xác thực hai bước',
  disabled: 'Đã tắt xác thực hai bước.',
  manage: 'Quản lý xác thực hai bước',
  reset: 'Đặt lại xác thực hai bước',
  resetConfirm:
    'Đặt lại xác thực hai bước của tài khoản này? Người dùng sẽ đăng nhập bằng mật khẩu và cần cài đặt lại.',
  resetDone: 'Đã đặt lại xác thực hai bước.',
  failed: 'Không thực hiện được. Hãy thử lại.',
} as const

/** The first Vietnamese message of an API refusal. */
export const messageOf = async (response: Response): Promise<string> => {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? UI.failed
}
