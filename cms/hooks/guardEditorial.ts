import {
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'
import { changeRefusal, deleteRefusal, transitionRefusal, type EditorialState } from '../access/editorialRules'
import { asRoleUser, idOf, isProvinceAdmin, memberRoleIn, type ID } from '../access/roles'

type Row = {
  title?: string | null
  name?: string | null
  tenant?: ID | { id: ID } | null
  createdBy?: ID | { id: ID } | null
  _status?: string | null
  workflowStatus?: string | null
  firstPublishedAt?: string | null
}

const EVER_LIVE = new Set(['published', 'archived'])

/**
 * The state of one item as the workflow sees it. Payload answers "the latest version, or the
 * main row when no version matches the access filter": that fallback let a contributor edit a
 * submitted item whose main row still said "draft". This reads both, without access filters.
 */
export const readEditorialState = async (
  req: PayloadRequest,
  collection: string,
  id: ID,
): Promise<(EditorialState & { tenant?: ID }) | null> => {
  const slug = collection as CollectionSlug
  // An id of the wrong shape is Payload's to refuse (400/404), not a server error here.
  const main = (await req.payload.db
    .findOne({ collection: slug, where: { id: { equals: id } }, req })
    .catch(() => null)) as Row | null
  if (!main) return null
  const versions = await req.payload.db.findVersions({
    collection: slug,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = ((versions.docs[0] as { version?: Row } | undefined)?.version ?? main) as Row
  return {
    title: latest.title ?? latest.name ?? main.title ?? main.name,
    tenant: idOf(main.tenant),
    createdBy: idOf(main.createdBy),
    workflowStatus: latest.workflowStatus ?? main.workflowStatus,
    live: main._status === 'published',
    everPublished:
      Boolean(main.firstPublishedAt || latest.firstPublishedAt) ||
      main._status === 'published' ||
      EVER_LIVE.has(String(main.workflowStatus)) ||
      EVER_LIVE.has(String(latest.workflowStatus)),
  }
}

const refuse = (req: PayloadRequest, messageVi: string, log: string): never => {
  req.payload.logger.warn(`editorial guard refused: ${log} (user ${String(req.user?.id)})`)
  const error = new Forbidden(req.t)
  error.message = messageVi
  throw error
}

const nounOf = (collection: { labels?: { singular?: unknown } }): string => {
  const singular = collection.labels?.singular
  return typeof singular === 'object' && singular && 'vi' in singular
    ? String((singular as { vi: string }).vi)
    : 'Nội dung'
}

/** Who acts, when the rules apply to them: nobody (trusted server code) and the province admin are not limited. */
const boardMember = (req: PayloadRequest) => {
  const user = asRoleUser(req.user)
  return user && !isProvinceAdmin(user) ? user : null
}

/**
 * Every update of a workflow item by a board member, per document (so bulk updates and
 * restoring a version are covered too): contributors change only their own item while it is a
 * draft or returned to them, and only the chief moves it to a chief's state or out of review.
 */
export const guardEditorialChange: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = boardMember(req)
  const id = (originalDoc as { id?: ID } | undefined)?.id
  if (!user || operation !== 'update' || id === undefined) return data
  const state = await readEditorialState(req, collection.slug, id)
  if (!state) return data
  const role = memberRoleIn(user, state.tenant)
  const target = (data as { workflowStatus?: string | null }).workflowStatus
  const reason =
    changeRefusal(role, user.id, state, nounOf(collection)) ?? transitionRefusal(role, state.workflowStatus, target)
  if (reason)
    refuse(
      req,
      reason,
      `${collection.slug} ${String(id)} change in state ${String(state.workflowStatus)} to ${String(target)}`,
    )
  return data
}

/** Every delete of a workflow item by a board member, per document (bulk deletes included). */
export const guardEditorialDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const user = boardMember(req)
  if (!user) return
  const state = await readEditorialState(req, collection.slug, id)
  if (!state) return
  const reason = deleteRefusal(memberRoleIn(user, state.tenant), user.id, state, nounOf(collection))
  if (reason) refuse(req, reason, `${collection.slug} ${String(id)} delete in state ${String(state.workflowStatus)}`)
}
