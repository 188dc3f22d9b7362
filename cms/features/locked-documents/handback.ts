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
 * Whose lock no longer counts on an item, by whose turn it is in the workflow:
 * - returned: the item is its author's again, so every other person's lock (the chief's editor,
 *   still open after returning it) is out of turn;
 * - submitted: the item is frozen for its author until the chief decides, so the author's lock
 *   (their editor, still open after clicking "Gửi duyệt") is out of turn.
 * `undefined` when every lock counts (no workflow, or any other state).
 */
export const outOfTurn = async (
  req: PayloadRequest,
  collection: string,
  id: ID,
): Promise<{ allBut: ID } | { only: ID } | undefined> => {
  if (!hasWorkflow(req, collection)) return undefined
  const state = await readEditorialState(req, collection, id)
  if (!state || state.createdBy === undefined) return undefined
  if (state.workflowStatus === 'returned') return { allBut: state.createdBy }
  if (state.workflowStatus === 'submitted') return { only: state.createdBy }
  return undefined
}

/** Whether a lock held by `holder` is out of turn for `viewer` (never their own lock). */
export const lockOutOfTurn = (turn: Awaited<ReturnType<typeof outOfTurn>>, holder: ID | undefined, viewer: ID) => {
  if (!turn || holder === undefined || String(holder) === String(viewer)) return false
  return 'allBut' in turn ? String(turn.allBut) === String(viewer) : String(turn.only) === String(holder)
}

/**
 * Before someone whose turn it is saves the item, the locks out of turn are released: Payload
 * refuses a save (423) while someone else's lock is fresh, whoever's turn it is.
 */
export const releaseLocksOutOfTurn: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: ID }).id
  const user = asRoleUser(req.user)
  if (operation !== 'update' || id === undefined || !user) return args
  const turn = await outOfTurn(req, collection.slug, id)
  if (!turn) return args
  const ofItem: Where[] = [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: id } }]
  let held: Where
  if ('allBut' in turn) {
    if (String(turn.allBut) !== String(user.id)) return args
    held = { and: [...ofItem, { 'user.value': { not_equals: user.id } }] }
  } else {
    if (String(turn.only) === String(user.id)) return args
    held = { and: [...ofItem, { 'user.value': { equals: turn.only } }] }
  }
  await req.payload.db.deleteMany({ collection: LOCKS, where: held, req })
  req.payload.logger.info(`locks out of turn on ${collection.slug} ${String(id)} released for user ${String(user.id)}`)
  return args
}
