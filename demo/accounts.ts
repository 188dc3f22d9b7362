import type { Payload, PayloadRequest } from 'payload'
import type { ID } from '../cms/access/roles'
import { generatePassword, type DemoCredential } from './credentials'

/** Demo accounts use a reserved-looking domain so nobody mistakes them for real mailboxes. */
export const DEMO_EMAIL_DOMAIN = 'demo.angiang.local'

export const demoEmail = {
  provinceAdmin: () => `quantri@${DEMO_EMAIL_DOMAIN}`,
  districtViewer: (districtSlug: string) => `huyen.${districtSlug}@${DEMO_EMAIL_DOMAIN}`,
  chief: (communeSlug: string) => `truongban.${communeSlug}@${DEMO_EMAIL_DOMAIN}`,
  editor: (communeSlug: string) => `bientap.${communeSlug}@${DEMO_EMAIL_DOMAIN}`,
  contributor: (communeSlug: string) => `congtacvien.${communeSlug}@${DEMO_EMAIL_DOMAIN}`,
}

export type AccountSpec = {
  email: string
  name: string
  role: DemoCredential['role']
  commune: { id: ID; slug: string } | null
  district?: ID
}

/**
 * Creates the accounts that do not exist yet and returns the credentials of those it created.
 * Existing accounts are never touched: a second start creates nothing twice, and a password
 * changed by its owner stays changed.
 */
export const ensureAccounts = async (
  payload: Payload,
  specs: AccountSpec[],
  req?: Partial<PayloadRequest>,
): Promise<{ created: DemoCredential[]; ids: Map<string, ID> }> => {
  const existing = await payload.find({
    collection: 'users',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  const ids = new Map<string, ID>(existing.docs.map((u) => [u.email, u.id]))
  const created: DemoCredential[] = []
  for (const spec of specs) {
    if (ids.has(spec.email)) continue
    const password = generatePassword()
    const memberRole = spec.role === 'chief' || spec.role === 'editor' || spec.role === 'contributor' ? spec.role : null
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      depth: 0,
      req,
      context: { skipAudit: true, skipSiteBuild: true },
      data: {
        email: spec.email,
        password,
        name: spec.name,
        globalRole:
          spec.role === 'province-admin'
            ? 'province-admin'
            : spec.role === 'district-viewer'
              ? 'district-viewer'
              : 'none',
        district: (spec.district ?? null) as number | null,
        tenants: memberRole && spec.commune ? [{ tenant: spec.commune.id as number, role: memberRole }] : [],
      },
    })
    ids.set(spec.email, user.id)
    created.push({ email: spec.email, password, role: spec.role, commune: spec.commune?.slug ?? null })
  }
  return { created, ids }
}
