import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import { asRoleUser, type ID, idOf, type MemberRole } from '../../access/roles'
import { adminBaseUrl } from '../provisioning/invitations'
import { formatDateTime } from '../publishing/components/site-format'
import type { NoticeKind } from './collection'
import { smtpUrl } from './email-adapter'
import { type LiveItem, liveUrl, type SiteCommune } from './live-link'
import { type NoticeFacts, noticeEmail } from './message'
import { boardRecipients, type Recipient, recipientsOf } from './recipients'
import { noticeKindOf } from './transition'
import { collectionNounVi } from './workflow-collections'

type Item = LiveItem & {
  id: ID
  title?: string | null
  number?: string | null
  tenant?: ID | { id: ID } | null
  createdBy?: ID | { id: ID } | null
  workflowStatus?: string | null
  reviewComment?: string | null
  _status?: string | null
}

type Commune = SiteCommune & { id: ID; name?: string | null }

const communeOf = async (req: PayloadRequest, id: ID | undefined): Promise<Commune | null> => {
  if (id === undefined) return null
  const found = await req.payload.find({
    collection: 'communes',
    where: { id: { equals: id } },
    select: { name: true, slug: true, domains: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as unknown as Commune | undefined) ?? null
}

const actorNameOf = (req: PayloadRequest): string | null => {
  const user = asRoleUser(req.user) as { name?: string | null; email?: string } | null
  return user ? user.name || user.email || null : null
}

/**
 * Sends each email once the save has been answered, through Payload's email adapter. A relay
 * that is down or slow never fails nor delays the save: failures are logged and the notice
 * stays in the admin.
 */
const sendLater = (payload: Payload, mails: { to: Recipient; facts: NoticeFacts }[]): void => {
  if (!smtpUrl() || mails.length === 0) return
  setImmediate(() => {
    for (const { to, facts } of mails)
      payload
        .sendEmail({ to: { name: to.name, address: to.email }, ...noticeEmail(facts) })
        .catch((err: unknown) =>
          payload.logger.error(
            { err },
            `notification email (${facts.kind}) to user ${String(to.id)} failed: ${(err as Error).message}`,
          ),
        )
  })
}

const notify = async (
  req: PayloadRequest,
  collection: string,
  doc: Item,
  kind: NoticeKind,
  given?: { recipients: Recipient[]; comment: string },
): Promise<void> => {
  const tenant = idOf(doc.tenant)
  const recipients = given?.recipients ?? (await recipientsOf(req, kind, { tenant, createdBy: idOf(doc.createdBy) }))
  if (recipients.length === 0) return
  const commune = await communeOf(req, tenant)
  const facts: Omit<NoticeFacts, 'recipientName'> = {
    kind,
    noun: collectionNounVi(req.payload.config, collection),
    title: doc.title || doc.number || `#${String(doc.id)}`,
    communeName: commune?.name ?? 'đơn vị',
    actorName: actorNameOf(req),
    comment: given?.comment ?? (kind === 'returned' ? doc.reviewComment?.trim() || null : null),
    liveUrl: kind === 'published' && commune ? liveUrl(collection, doc, commune) : null,
    editUrl: `${adminBaseUrl(req)}${req.payload.config.routes.admin}/collections/${collection}/${String(doc.id)}`,
    at: formatDateTime(new Date()),
  }
  for (const to of recipients)
    await req.payload.create({
      collection: 'notifications' as never,
      data: {
        recipient: to.id,
        kind,
        itemCollection: collection,
        itemId: String(doc.id),
        itemTitle: facts.title,
        commune: tenant,
        actorName: facts.actorName,
        comment: facts.comment,
        liveUrl: facts.liveUrl,
        read: false,
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  const mails = recipients
    .filter((to) => to.emailNotifications && to.email)
    .map((to) => ({ to, facts: { ...facts, recipientName: to.name } }))
  sendLater(req.payload, mails)
}

/**
 * After a workflow item's save (drafts included, so the latest version decides): a notice to
 * whoever the transition concerns. Seeds and bulk imports (skipAudit) notify nobody. A failure
 * here is logged and never fails the editor's save.
 */
export const notifyWorkflowChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.skipAudit || req.context?.skipNotifications) return doc
  const kind = noticeKindOf(previousDoc, doc, operation)
  if (!kind) return doc
  try {
    await notify(req, collection.slug, doc as Item, kind)
  } catch (err) {
    req.payload.logger.error({ err }, `notifications for ${collection.slug} ${String(doc.id)} (${kind}) failed`)
  }
  return doc
}

/**
 * Tells a commune's board (the given roles) that an item of theirs was published for them by
 * someone else (the province's mandatory news): a "published" notice with `comment` saying why,
 * in the bell and by email. A failure is logged and never fails the caller's save.
 */
export const notifyBoardOfPublication = async (
  req: PayloadRequest,
  collection: string,
  doc: Item,
  { roles, comment }: { roles: MemberRole[]; comment: string },
): Promise<void> => {
  const tenant = idOf(doc.tenant)
  if (tenant === undefined) return
  try {
    const recipients = await boardRecipients(req, tenant, roles)
    await notify(req, collection, doc, 'published', { recipients, comment })
  } catch (err) {
    req.payload.logger.error(
      { err },
      `board notice for ${collection} ${String(doc.id)} (commune ${String(tenant)}) failed`,
    )
  }
}

/** A deleted item takes its notices with it: they would link to nothing. */
export const forgetDeletedItem: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await req.payload.delete({
    collection: 'notifications' as never,
    where: { and: [{ itemCollection: { equals: collection.slug } }, { itemId: { equals: String(id) } }] },
    overrideAccess: true,
    req,
  })
}
