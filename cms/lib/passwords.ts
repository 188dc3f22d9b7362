/**
 * The password policy of every account (issue 9, item 12): long enough, not guessable by a
 * cracker's rules (zxcvbn-ts with its common and English dictionaries, plus a few words of
 * this province), and free of the person's own email or name. One function, used wherever a
 * password is set: account creation, change, reset and the invitation's first password.
 *
 * Configuration (environment):
 * - PASSWORD_MIN_LENGTH (default 10): fewer characters are refused outright.
 * - PASSWORD_MIN_SCORE (default 3, zxcvbn's 0–4 scale; 3 ≈ 10^8 guesses, "safely unguessable"
 *   against an online attacker and a slow hash): below it the password is refused.
 * Longer than PASSWORD_MAX_LENGTH (256) is refused too: hashing and estimating a megabyte
 * "password" would be work an attacker could ask for.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'

export const PASSWORD_MAX_LENGTH = 256

const intFromEnv = (name: string, fallback: number, min: number, max: number): number => {
  const raw = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isFinite(raw) ? Math.min(max, Math.max(min, raw)) : fallback
}
export const passwordMinLength = (): number => intFromEnv('PASSWORD_MIN_LENGTH', 10, 8, 128)
export const passwordMinScore = (): number => intFromEnv('PASSWORD_MIN_SCORE', 3, 0, 4)

/** Words anyone would try first against an account of this system. */
const LOCAL_WORDS = [
  'angiang',
  'an giang',
  'matkhau',
  'mat khau',
  'quantri',
  'bientap',
  'truongban',
  'congtacvien',
  'xaphuong',
  'ubnd',
  'phuong',
  'thitran',
  'vietnam',
  'hochiminh',
  'saigon',
  'admin',
  'payload',
]

let estimator: ZxcvbnFactory | null = null
// Built on first use: loading the dictionaries takes a moment no start-up should pay for.
const zxcvbn = (): ZxcvbnFactory =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, userInputs: LOCAL_WORDS },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    maxLength: PASSWORD_MAX_LENGTH,
  }))

/** Lower case without Vietnamese diacritics, so "Nguyễn" and "nguyen" compare equal. */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()

/** The parts of an email and a name a person would put in their password. */
const personalWords = (about: { email?: string | null; name?: string | null }): string[] => {
  const words = new Set<string>()
  const local = fold(String(about.email ?? '').split('@')[0] ?? '')
  if (local.length >= 3) words.add(local.replace(/[^a-z0-9]/g, ''))
  for (const part of local.split(/[^a-z0-9]+/)) if (part.length >= 4) words.add(part)
  const name = fold(String(about.name ?? ''))
  const nameJoined = name.replace(/[^a-z0-9]/g, '')
  if (nameJoined.length >= 4) words.add(nameJoined)
  for (const part of name.split(/[^a-z0-9]+/)) if (part.length >= 4) words.add(part)
  words.delete('')
  return [...words]
}

/**
 * Why this password is refused, as the message a person reads (Vietnamese, naming the field),
 * or null when it is acceptable.
 */
export const passwordProblem = (
  password: unknown,
  about: { email?: string | null; name?: string | null } = {},
): string | null => {
  if (typeof password !== 'string' || password.length === 0) return 'Mật khẩu: cần nhập mật khẩu.'
  const min = passwordMinLength()
  if ([...password].length < min)
    return `Mật khẩu: cần ít nhất ${min} ký tự (nên dùng một cụm từ dễ nhớ với chữ hoa, số hoặc ký hiệu).`
  if (password.length > PASSWORD_MAX_LENGTH) return `Mật khẩu: dài quá ${PASSWORD_MAX_LENGTH} ký tự.`
  const folded = fold(password).replace(/[^a-z0-9]/g, '')
  const own = personalWords(about)
  if (own.some((word) => folded.includes(word))) return 'Mật khẩu: không được chứa email hoặc họ tên của tài khoản.'
  const { score } = zxcvbn().check(fold(password), own)
  if (score < passwordMinScore())
    return 'Mật khẩu: quá dễ đoán (từ thông dụng, dãy phím, ngày tháng hoặc lặp lại). Hãy dùng một cụm từ dài hơn, ít phổ biến, có thêm số hoặc ký hiệu.'
  return null
}
