/**
 * The province the platform serves, as the admin names it (login page, navigation, page titles).
 * PROVINCE_NAME sets it; the reference deployment's units data (provisioning/data/an-giang-2023.json)
 * and the provisioning default both say "Tỉnh An Giang".
 */
export const provinceName = (): string => (process.env.PROVINCE_NAME ?? '').normalize('NFC').trim() || 'Tỉnh An Giang'

/** "Tỉnh An Giang" inside a sentence: "tỉnh An Giang" (also "Thành phố Cần Thơ" → "thành phố Cần Thơ"). */
export const provinceMidSentence = (name: string): string =>
  name.replace(/^(Tỉnh|Thành phố)\b/u, (w) => w.toLowerCase())

/** The platform's own name, as the README and the invitation mails call it. */
export const PLATFORM_NAME = 'Cổng thông tin cấp xã'
