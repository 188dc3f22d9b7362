import type { Payload, PayloadRequest } from 'payload'
import type { ID } from '../cms/access/roles'
import type { BoardMember } from '../cms/features/provisioning/provision'
import { generatePassword } from '../cms/lib/random-password'
import type { DemoCredential } from './credentials'

/** Demo accounts use a reserved-looking domain so nobody mistakes them for real mailboxes. */
export const DEMO_EMAIL_DOMAIN = 'demo.angiang.local'

export const demoEmail = {
  provinceAdmin: () => `quantri@${DEMO_EMAIL_DOMAIN}`,
  districtViewer: (districtSlug: string) => `huyen.${districtSlug}@${DEMO_EMAIL_DOMAIN}`,
  chief: (communeSlug: string) => `truongban.${communeSlug}@${DEMO_EMAIL_DOMAIN}`,
  editor: (communeSlug: string) => `bientap.${communeSlug}@${DEMO_EMAIL_DOMAIN}`,
  contributor: (communeSlug: string) => `congtacvien.${communeSlug}@${DEMO_EMAIL_DOMAIN}`,
}

/** The board every demo commune gets: an editor-in-chief, an editor and a contributor. */
export const demoBoard = (commune: { name: string; slug: string }): BoardMember[] => [
  { email: demoEmail.chief(commune.slug), name: `Trưởng ban biên tập ${commune.name} (demo)`, role: 'chief' },
  { email: demoEmail.editor(commune.slug), name: `Biên tập viên ${commune.name} (demo)`, role: 'editor' },
  { email: demoEmail.contributor(commune.slug), name: `Cộng tác viên ${commune.name} (demo)`, role: 'contributor' },
]

/** A province-wide demo account: the province admin, or a district's viewer. */
export type ProvinceAccountSpec = {
  email: string
  name: string
  role: Extract<DemoCredential['role'], 'province-admin' | 'district-viewer'>
  district?: ID
}

/**
 * Creates the province-wide accounts that do not exist yet and returns the credentials of those
 * it created. Existing accounts are never touched: a second start creates nothing twice, and a
 * password changed by its owner stays changed.
 */
export const ensureProvinceAccounts = async (
  payload: Payload,
  specs: ProvinceAccountSpec[],
  req?: Partial<PayloadRequest>,
): Promise<DemoCredential[]> => {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { in: specs.map((s) => s.email) } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  const known = new Set(existing.docs.map((u) => u.email))
  const created: DemoCredential[] = []
  for (const spec of specs) {
    if (known.has(spec.email)) continue
    const password = generatePassword()
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      depth: 0,
      req,
      context: { skipAudit: true, skipSiteBuild: true },
      data: {
        email: spec.email,
        password,
        name: spec.name,
        globalRole: spec.role,
        district: (spec.district ?? null) as number | null,
        tenants: [],
      },
    })
    created.push({ email: spec.email, password, role: spec.role, commune: null })
  }
  return created
}
