import type { Access, CollectionConfig, Where } from 'payload'
import {
  asRoleUser,
  communeIdsWithRole,
  viewerCommuneIds,
  idOf,
  isDistrictViewer,
  isProvinceAdmin,
  type ID,
  type MemberRole,
} from './roles'
import { inLiveCommunes } from './liveCommunes'

export type CommuneContentAccessOptions = {
  /** Membership roles that may create and edit documents of this collection. */
  writers: readonly MemberRole[]
  /** What an anonymous reader (the public site, API clients) may read. */
  publicRead: boolean | Where
  /** The collection has Payload drafts (`_status`) and the editorial workflow. */
  drafts: boolean
  /** Contributors may read the commune's documents (false for citizens' personal data). */
  contributorsRead?: boolean
}

const published: Where = { _status: { equals: 'published' } }
const notPublished: Where = { _status: { not_equals: 'published' } }
const tenantIn = (ids: ID[], prefix = ''): Where => ({ [`${prefix}tenant`]: { in: ids } })
const anyOf = (clauses: Where[]): Where | false =>
  clauses.length === 0 ? false : clauses.length === 1 ? clauses[0] : { or: clauses }

/**
 * Contributors work only on what they wrote, and never on what is live. This filter reads the
 * main row, which a draft save does not write: whether the item is still a draft or returned
 * (not submitted) is decided from its latest version by guardEditorialChange, per document.
 */
const ownDraft = (userId: ID, drafts: boolean): Where[] => [
  { createdBy: { equals: userId } },
  ...(drafts ? [notPublished] : []),
]

/**
 * Editors and contributors delete only their own drafts that never went live (role table);
 * the stamp `firstPublishedAt` survives unpublishing and archiving. guardEditorialDelete also
 * refuses items awaiting review, from their latest version.
 */
const ownNeverPublished = (userId: ID): Where[] => [
  { createdBy: { equals: userId } },
  notPublished,
  { workflowStatus: { not_equals: 'published' } }, // not_equals also matches an empty value, not_in would not
  { workflowStatus: { not_equals: 'archived' } },
  { firstPublishedAt: { equals: null } },
]

/**
 * The access rules of PRODUCT.md for every commune-scoped collection, as one set of plain
 * functions. The multi-tenant plugin adds its own "tenant in your communes" constraint on top
 * (defence in depth); these rules are complete without it.
 */
export const communeContentAccess = ({
  writers,
  publicRead,
  drafts,
  contributorsRead = true,
}: CommuneContentAccessOptions): NonNullable<CollectionConfig['access']> => {
  const canRead =
    (prefix: '' | 'version.'): Access =>
    async ({ req }) => {
      const user = asRoleUser(req.user)
      if (!user) {
        if (prefix !== '' || publicRead === false) return false
        // Only live communes are public: not suspended, merged or still provisioning ones.
        const live = await inLiveCommunes(req)
        if (!live) return false
        return publicRead === true ? live : { and: [publicRead, live] }
      }
      if (isProvinceAdmin(user)) return true
      if (isDistrictViewer(user)) return tenantIn(await viewerCommuneIds(req), prefix)
      const full = communeIdsWithRole(user, ['chief', 'editor'])
      const contributorOnly = communeIdsWithRole(user, ['contributor']).filter((id) => !full.includes(id))
      const clauses: Where[] = []
      if (full.length) clauses.push(tenantIn(full, prefix))
      if (contributorOnly.length && contributorsRead) {
        const ownOrLive: Where[] = [{ [`${prefix}createdBy`]: { equals: user.id } }]
        if (drafts && prefix === '') ownOrLive.push(published)
        clauses.push(
          drafts ? { and: [tenantIn(contributorOnly, prefix), { or: ownOrLive }] } : tenantIn(contributorOnly, prefix),
        )
      }
      return anyOf(clauses)
    }

  const create: Access = ({ req, data }) => {
    const user = asRoleUser(req.user)
    if (!user) return false
    if (isProvinceAdmin(user)) return true
    const publishing = drafts && data?._status === 'published'
    const allowed = communeIdsWithRole(user, publishing ? ['chief'] : writers)
    const tenant = idOf(data?.tenant)
    return tenant === undefined ? allowed.length > 0 : allowed.some((id) => String(id) === String(tenant))
  }

  const update: Access = ({ req, data }) => {
    const user = asRoleUser(req.user)
    if (!user) return false
    if (isProvinceAdmin(user)) return true
    // Payload asks this with `_status: 'published'` to decide whether to offer "Publish".
    if (drafts && data?._status === 'published') {
      // A bare `false` (not an empty filter): on the create page there is no document to
      // filter, and Payload would read any filter as "may publish".
      const chief = communeIdsWithRole(user, ['chief'])
      return chief.length ? tenantIn(chief) : false
    }
    const full = communeIdsWithRole(
      user,
      writers.filter((r) => r !== 'contributor'),
    )
    const contributor = writers.includes('contributor')
      ? communeIdsWithRole(user, ['contributor']).filter((id) => !full.includes(id))
      : []
    const clauses: Where[] = []
    if (full.length) clauses.push(tenantIn(full))
    if (contributor.length) clauses.push({ and: [tenantIn(contributor), ...ownDraft(user.id, drafts)] })
    return anyOf(clauses)
  }

  const remove: Access = ({ req }) => {
    const user = asRoleUser(req.user)
    if (!user) return false
    if (isProvinceAdmin(user)) return true
    const chief = communeIdsWithRole(user, ['chief'])
    const editor = writers.includes('editor')
      ? communeIdsWithRole(user, ['editor']).filter((id) => !chief.includes(id))
      : []
    const contributor = writers.includes('contributor')
      ? communeIdsWithRole(user, ['contributor']).filter((id) => !chief.includes(id) && !editor.includes(id))
      : []
    const clauses: Where[] = []
    if (chief.length) clauses.push(tenantIn(chief))
    // Only a chief removes what has been live, even once (published, unpublished, archived).
    if (editor.length)
      clauses.push(drafts ? { and: [tenantIn(editor), ...ownNeverPublished(user.id)] } : tenantIn(editor))
    if (contributor.length)
      clauses.push({
        and: [tenantIn(contributor), ...(drafts ? ownNeverPublished(user.id) : ownDraft(user.id, false))],
      })
    return anyOf(clauses)
  }

  return {
    read: canRead(''),
    create,
    update,
    delete: remove,
    ...(drafts ? { readVersions: canRead('version.') } : {}),
  }
}
