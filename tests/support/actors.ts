import { credentials, login, loginAs, rest } from './api'
import type { Actor, Scope } from './roles'

/**
 * Logs in one account per actor of the role table and finds the two communes: "own" (the
 * board's commune, in the district viewer's district) and "other" (in another district).
 */
export const setUpActors = async (own: string, other: string) => {
  const adminToken = (await loginAs('province-admin')).token
  const tokens = new Map<Actor, string | undefined>([
    ['anonymous', undefined],
    ['province-admin', adminToken],
  ])
  const communeIds = new Map<Scope, number>()
  for (const [scope, slug] of [
    ['own', own],
    ['other', other],
  ] as const) {
    const reply = await rest('GET', `/api/communes?where[slug][equals]=${slug}&depth=1`, { token: adminToken })
    const commune = reply.body.docs[0]
    communeIds.set(scope, commune.id)
    if (scope === 'own') {
      const viewer = credentials().find(
        (c) => c.role === 'district-viewer' && c.email.startsWith(`huyen.${commune.district.slug}@`),
      )!
      tokens.set('district-viewer', await login(viewer.email, viewer.password))
    }
  }
  for (const role of ['chief', 'editor', 'contributor'] as const) tokens.set(role, (await loginAs(role, own)).token)
  return { adminToken, tokens, communeIds }
}
