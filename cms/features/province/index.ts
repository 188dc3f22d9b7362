/**
 * Tỉnh: the province's own name and administrative code, one record for the whole platform
 * (issue 13: "Tỉnh An Giang", code 89 in 2023, code 91 after the 2025 merger with Kiên Giang).
 *
 * Exports, for other features:
 * - `readProvince(payload)`: `{ name, code }` as stored ('' while nothing is); readers fall back
 *   to a district's province, then to PROVINCE_NAME (vietnamese-admin/province.ts).
 * - `rememberProvince(payload, facts, { replace })`: stores the facts of a units list
 *   (provisioning, only when none are stored) or of a reorganisation plan (replace).
 * The plugin adds the global `province` (REST /api/globals/province, GraphQL `Province`):
 * everyone reads it (the sites print it), the province admin edits it.
 */
import type { GlobalConfig, Payload, Plugin } from 'payload'
import { anyone } from '../../access/anyone'
import { provinceAdminOnly } from '../../access/provinceAdminOnly'
import { isProvinceAdmin } from '../../access/roles'

export const PROVINCE_SLUG = 'province'

export type ProvinceFacts = { name: string; code: string }

const Province: GlobalConfig = {
  slug: PROVINCE_SLUG,
  graphQL: { name: 'Province' },
  label: { vi: 'Tỉnh', en: 'Province' },
  admin: {
    group: { vi: 'Quản trị tỉnh', en: 'Province' },
    hidden: ({ user }) => !isProvinceAdmin(user),
    description: {
      vi: 'Tên và mã đơn vị hành chính của tỉnh, in trên danh bạ và chân trang mọi trang thông tin điện tử. Việc sắp xếp đơn vị hành chính tự cập nhật.',
      en: 'The province name and code printed on the directory and every site.',
    },
  },
  access: { read: anyone, update: provinceAdminOnly },
  fields: [
    { name: 'name', type: 'text', maxLength: 100, label: { vi: 'Tên tỉnh', en: 'Name' } },
    { name: 'code', type: 'text', maxLength: 10, label: { vi: 'Mã tỉnh', en: 'Code' } },
  ],
}

export const readProvince = async (payload: Payload): Promise<ProvinceFacts> => {
  const stored = (await payload.findGlobal({
    slug: PROVINCE_SLUG,
    depth: 0,
    overrideAccess: true,
  })) as Partial<ProvinceFacts>
  return { name: stored.name?.normalize('NFC').trim() ?? '', code: stored.code?.trim() ?? '' }
}

export const rememberProvince = async (
  payload: Payload,
  facts: Partial<ProvinceFacts>,
  { replace = false }: { replace?: boolean } = {},
): Promise<void> => {
  if (!facts.name?.trim()) return
  if (!replace) {
    const stored = (await payload.findGlobal({
      slug: PROVINCE_SLUG,
      depth: 0,
      overrideAccess: true,
    })) as Partial<ProvinceFacts>
    if (stored.name) return
  }
  await payload.updateGlobal({
    slug: PROVINCE_SLUG,
    data: { name: facts.name.normalize('NFC').trim(), code: facts.code?.trim() ?? '' },
    overrideAccess: true,
    context: { skipAudit: true },
  })
}

export const provincePlugin = (): Plugin => (config) => ({
  ...config,
  globals: [...(config.globals ?? []), Province],
})
