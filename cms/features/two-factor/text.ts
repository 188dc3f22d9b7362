/** Every message a person sees, in Vietnamese (NFC); one place to review the wording. */
export const TEXT = {
  required:
    'Tài khoản này bật xác thực hai bước: hãy nhập mã gồm 6 chữ số từ ứng dụng xác thực (hoặc một mã khôi phục).',
  graphqlRefused:
    'Tài khoản này bật xác thực hai bước: đăng nhập qua GraphQL không hỗ trợ bước nhập mã. Hãy gửi POST /api/users/login (email, mật khẩu) rồi POST /api/users/login/2fa (challenge, code).',
  challengeInvalid:
    'Phiên đăng nhập hai bước không hợp lệ hoặc đã hết hạn (5 phút). Hãy đăng nhập lại bằng email và mật khẩu.',
  tooManyAttempts: 'Mã xác thực: đã nhập sai quá nhiều lần. Hãy đăng nhập lại bằng email và mật khẩu.',
  accountCodeBudget: (minutes: number) =>
    `Mã xác thực: tài khoản này đã bị nhập sai mã quá nhiều lần. Hãy thử lại sau ${minutes} phút.`,
  codeMissing: 'Mã xác thực: hãy nhập mã gồm 6 chữ số hoặc một mã khôi phục.',
  codeWrong: 'Mã xác thực: mã không đúng, đã dùng hoặc đã hết hạn.',
  recoveryWrong: 'Mã khôi phục: mã không đúng hoặc đã được dùng.',
  locked: 'Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau.',
  disabled: 'Tài khoản đã bị khóa. Hãy liên hệ Trưởng ban biên tập hoặc quản trị tỉnh.',
  signInFirst: 'Xác thực hai bước: bạn cần đăng nhập trước.',
  alreadyEnabled: 'Xác thực hai bước: tài khoản đã bật. Hãy tắt trước khi cài đặt lại.',
  notEnabled: 'Xác thực hai bước: tài khoản chưa bật.',
  setupFirst: 'Xác thực hai bước: hãy bắt đầu cài đặt (quét mã QR) trước khi xác nhận.',
  resetForbidden: 'Xác thực hai bước: chỉ quản trị tỉnh được đặt lại cho tài khoản khác.',
  resetSelf: 'Xác thực hai bước: hãy tự tắt bằng mã hiện tại hoặc mã khôi phục của bạn.',
  userNotFound: 'Tài khoản: không tìm thấy.',
  enrolmentRequired:
    'Tỉnh yêu cầu quản trị tỉnh bật xác thực hai bước. Hãy cài đặt xác thực hai bước trước khi tiếp tục.',
} as const
