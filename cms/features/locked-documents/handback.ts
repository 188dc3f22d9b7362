import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { asRoleUser, type ID } from '../../access/roles'
import { readEditorialState } from '../../hooks/guardEditorial'

const LOCKS = 'payload-locked-documents'

const hasWorkflow = (req: PayloadRequest, collection: string): boolean =>
  Boolean(
    (req.payload.collections as Record<string, { config: { fields: { name?: string }[] } } | undefined>)[
      collection
    ]?.config.fields.some((field) => field.name === 'workflowStatus'),
  )

/**
 * Whether the item was returned to this person: its latest version says "returned" and they
 * wrote it. Returning hands the item back to its author at once, so nobody else's lock (the
 * chief's editor, still open after returning it) holds them off it.
 */
export const returnedTo = async (req: PayloadRequest, collection: string, id: ID, userId: ID): Promise<boolean> => {
  if (!hasWorkflow(req, collection)) return false
  const state = await readEditorialState(req, collection, id)
  return Boolean(
    state &&
      state.workflowStatus === 'returned' &&
      state.createdBy !== undefined &&
      String(state.createdBy) === String(userId),
  )
}

/**
 * Before the author saves an item returned to them, the locks others hold on it are released:
 * Payload refuses a save (423) while someone else's lock is fresh, whoever's turn it is.
 */
export const releaseLocksForAuthor: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: ID }).id
  const user = asRoleUser(req.user)
  if (operation !== 'update' || id === undefined || !user) return args
  if (!(await returnedTo(req, collection.slug, id, user.id))) return args
  const others: Where = {
    and: [
      { 'document.relationTo': { equals: collection.slug } },
      { 'document.value': { equals: id } },
      { 'user.value': { not_equals: user.id } },
    ],
  }
  await req.payload.db.deleteMany({ collection: LOCKS, where: others, req })
  req.payload.logger.info(`locks on ${collection.slug} ${String(id)} released for its author ${String(user.id)}`)
  return args
}
