import type { GlobalConfig, Payload } from 'payload'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'

export const SECURITY_SETTINGS_SLUG = 'security-settings'

/** Each process re-reads the setting at most every few seconds; a save clears it at once here. */
const CACHE_MS = 5_000
// On globalThis: the admin bundle (GraphQL) and the server load this module separately, and a
// save through either must clear the one cache.
const store = globalThis as { __twoFactorRequirement?: { value: boolean; at: number } | null }

/**
 * Whether province admins must use two-factor sign-in: the province's setting in the admin, or
 * REQUIRE_2FA_PROVINCE_ADMIN=true, which forces it on (for a deployment that wants it fixed).
 * Off by default, so the zero-configuration demo logs in with email and password.
 */
export const provinceAdminsMustEnrol = async (payload: Payload): Promise<boolean> => {
  if (process.env.REQUIRE_2FA_PROVINCE_ADMIN === 'true') return true
  const cached = store.__twoFactorRequirement
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.value
  const settings = await payload.findGlobal({ slug: SECURITY_SETTINGS_SLUG, overrideAccess: true, depth: 0 })
  const value = settings?.requireTwoFactorForProvinceAdmins === true
  store.__twoFactorRequirement = { value, at: Date.now() }
  return value
}

/** Admin: Quản trị tỉnh → Cài đặt bảo mật. Province admin only. */
export const SecuritySettings: GlobalConfig = {
  slug: SECURITY_SETTINGS_SLUG,
  graphQL: { name: 'SecuritySettings' },
  label: { vi: 'Cài đặt bảo mật', en: 'Security settings' },
  admin: { group: { vi: 'Quản trị tỉnh', en: 'Province' } },
  access: { read: provinceAdminOnly, update: provinceAdminOnly, readVersions: () => false },
  fields: [
    {
      name: 'requireTwoFactorForProvinceAdmins',
      type: 'checkbox',
      defaultValue: false,
      label: {
        vi: 'Bắt buộc quản trị tỉnh dùng xác thực hai bước',
        en: 'Require two-factor sign-in for province admins',
      },
      admin: {
        description: {
          vi: 'Khi bật, tài khoản quản trị tỉnh chưa cài xác thực hai bước chỉ được vào trang cài đặt cho đến khi cài xong. Biến môi trường REQUIRE_2FA_PROVINCE_ADMIN=true luôn bật yêu cầu này.',
          en: 'When on, a province admin without two-factor sign-in can only reach its set-up until enrolled. REQUIRE_2FA_PROVINCE_ADMIN=true forces it on.',
        },
      },
    },
  ],
  hooks: {
    afterChange: [
      ({ doc }) => {
        store.__twoFactorRequirement = null
        return doc
      },
    ],
  },
}
