import { type Access, type Collection, isolateObjectProperty, type PayloadRequest, type Where } from 'payload'
import { idOf, type ID } from '../../access/roles'

/** What a lock row points at: one document of a collection, or a global. */
export type LockTarget = { collection: string; id: ID } | { global: string }

type LockRow = { document?: { relationTo?: string; value?: unknown } | null; globalSlug?: string | null }

/** The target a lock row (or the data of a write) names; null when it names none or both. */
export const targetOf = (row: LockRow | undefined | null): LockTarget | null => {
  if (!row) return null
  const id = idOf(row.document?.value as ID | { id: ID } | null | undefined)
  const collection = row.document?.relationTo
  const global = typeof row.globalSlug === 'string' && row.globalSlug ? row.globalSlug : undefined
  if (collection && id !== undefined && !global) return { collection, id }
  if (global && !row.document?.value) return { global }
  return null
}

/** The user a lock row (or write) names, when it is one of the auth collection `users`. */
export const lockUserId = (value: unknown): ID | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object' && 'relationTo' in value) {
    const rel = value as { relationTo?: string; value?: unknown }
    return rel.relationTo === 'users' ? idOf(rel.value as ID | { id: ID }) : undefined
  }
  return idOf(value as ID | { id: ID })
}

type Operation = 'read' | 'update'

/** The same request, seen by the query limits as the server's own (Local API) query. */
const localCopy = (req: PayloadRequest): PayloadRequest => {
  const copy = isolateObjectProperty(req, 'payloadAPI')
  copy.payloadAPI = 'local'
  return copy
}

const runAccess = async (access: Access | undefined, req: PayloadRequest, id?: ID): Promise<boolean | Where> => {
  // Payload's own default when a collection or global names no rule: any logged-in user.
  if (!access) return Boolean(req.user)
  const result = await access({ req, id: id as never, data: undefined })
  return result ?? false
}

/**
 * Which of `ids` of `collection` the user may read or update, by that collection's own access
 * rules (tenant and role, including the multi-tenant plugin's): a lock is worth exactly what
 * the right to edit (or see) its document is.
 */
export const permittedIds = async (
  req: PayloadRequest,
  collection: string,
  ids: ID[],
  operation: Operation,
): Promise<Set<string>> => {
  const entity = (req.payload.collections as Record<string, Collection | undefined>)[collection]
  if (!entity || ids.length === 0) return new Set()
  // Update rules may look at the document's id (accounts do), so they are asked per document.
  const asks = operation === 'update' ? ids.map((id) => ({ ids: [id], id })) : [{ ids, id: undefined }]
  const allowed = new Set<string>()
  for (const ask of asks) {
    const result = await runAccess(entity.config.access?.[operation], req, ask.id)
    if (result === false) continue
    const byId: Where = { id: { in: ask.ids } }
    // A query of the server's own, not the client's: the request's query limits (the depth of a
    // `where`) are for what a client sends, and access rules nest several levels on their own.
    const found = (await req.payload.find({
      collection,
      where: result === true ? byId : { and: [byId, result] },
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      req: localCopy(req),
    } as never)) as { docs: { id: ID }[] }
    for (const doc of found.docs) allowed.add(String(doc.id))
  }
  return allowed
}

/** Whether the user may read or update the global by its own rules. */
export const globalPermitted = async (req: PayloadRequest, slug: string, operation: Operation): Promise<boolean> => {
  const global = req.payload.config.globals.find((g) => g.slug === slug)
  if (!global) return false
  const result = await runAccess(global.access?.[operation] as Access | undefined, req)
  return result !== false
}

export const targetPermitted = async (
  req: PayloadRequest,
  target: LockTarget,
  operation: Operation,
): Promise<boolean> =>
  'global' in target
    ? globalPermitted(req, target.global, operation)
    : (await permittedIds(req, target.collection, [target.id], operation)).has(String(target.id))
