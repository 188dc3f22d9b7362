import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'
import { asRoleUser, isProvinceAdmin, type ID } from '../../access/roles'
import { lockOutOfTurn, outOfTurn } from './handback'
import { globalPermitted, lockUserId, permittedIds, targetOf, targetPermitted } from './targets'

export const LOCKS = 'payload-locked-documents'

/** A filter no row matches (every row has an id). */
const NONE: Where = { id: { exists: false } }

type LockRow = {
  id: ID
  document?: { relationTo?: string; value?: unknown } | null
  globalSlug?: string | null
  user?: unknown
}

/**
 * A lock out of turn is not shown, so the admin opens the item for editing at once: someone
 * else's lock on an item returned to this person (the chief's editor left open after returning
 * it), or the author's lock on an item they submitted (their editor left open after "Gửi duyệt").
 */
const heldOffOutOfTurn = async (
  req: PayloadRequest,
  row: LockRow,
  target: { collection: string; id: ID },
  userId: ID,
): Promise<boolean> => {
  const holder = lockUserId(row.user)
  if (holder === undefined || String(holder) === String(userId)) return false
  return lockOutOfTurn(await outOfTurn(req, target.collection, target.id), holder, userId)
}

/** A lock is seen by whoever may read what it locks (the admin must see that a post is being edited). */
const read: Access = async ({ req }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  // Locks live for minutes and are few, so their targets are checked against the user's rights.
  const rows = (
    await req.payload.find({
      collection: LOCKS as never,
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
  ).docs as unknown as LockRow[]
  const byCollection = new Map<string, ID[]>()
  const globals = new Set<string>()
  for (const row of rows) {
    const target = targetOf(row)
    if (!target) continue
    if ('global' in target) globals.add(target.global)
    else byCollection.set(target.collection, [...(byCollection.get(target.collection) ?? []), target.id])
  }
  const readable = new Set<string>()
  for (const [collection, ids] of byCollection)
    for (const id of await permittedIds(req, collection, ids, 'read')) readable.add(`${collection}:${id}`)
  for (const slug of globals) if (await globalPermitted(req, slug, 'read')) readable.add(`global:${slug}`)
  const ids: ID[] = []
  for (const row of rows) {
    const target = targetOf(row)
    if (!target || !readable.has('global' in target ? `global:${target.global}` : `${target.collection}:${target.id}`))
      continue
    if ('collection' in target && (await heldOffOutOfTurn(req, row, target, user.id))) continue
    ids.push(row.id)
  }
  // Never a bare false for a logged-in user: the admin lists locks on every form it opens, and
  // Payload answers a list the user may not read with an error rather than an empty list.
  return ids.length ? { id: { in: ids } } : NONE
}

/** A lock names its taker and locks only what the taker may edit. */
const create: Access = async ({ req, data }) => {
  const user = asRoleUser(req.user)
  if (!user || String(lockUserId(data?.user)) !== String(user.id)) return false
  const target = targetOf(data)
  return target ? targetPermitted(req, target, 'update') : false
}

/**
 * Refreshing one's own lock, or taking over the lock of a document one may edit (Payload's
 * "take over" button writes the taker's own name into the row). Never someone else's name,
 * never a target one may not edit, never many rows at once.
 */
const update: Access = async ({ req, id, data }) => {
  const user = asRoleUser(req.user)
  if (!user || id === undefined || id === null) return false
  const existing = (await req.payload.findByID({
    collection: LOCKS as never,
    id,
    overrideAccess: true,
    depth: 0,
    req,
    disableErrors: true,
  })) as unknown as LockRow | null
  if (!existing) return false
  const has = (key: string) => Boolean(data && typeof data === 'object' && key in data)
  const merged = {
    document: has('document') ? data!.document : existing.document,
    globalSlug: has('globalSlug') ? data!.globalSlug : existing.globalSlug,
    user: has('user') ? data!.user : existing.user,
  }
  if (String(lockUserId(merged.user)) !== String(user.id)) return false
  const target = targetOf(merged)
  return target ? targetPermitted(req, target, 'update') : false
}

/** Unlocking is the owner's (the admin does it when the owner leaves the document), or the province's. */
const remove: Access = ({ req }) => {
  const user = asRoleUser(req.user)
  if (!user) return false
  if (isProvinceAdmin(user)) return true
  const own: Where = { and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: 'users' } }] }
  return own
}

export const lockAccess: NonNullable<CollectionConfig['access']> = { read, create, update, delete: remove }
