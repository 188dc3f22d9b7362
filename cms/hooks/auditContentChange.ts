import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { writeAudit, type AuditAction } from './audit'

type Doc = {
  id: number | string
  tenant?: unknown
  title?: string
  name?: string
  _status?: string
  workflowStatus?: string
}

const titleOf = (doc: Doc): string | undefined => doc.title ?? doc.name

/** Names the workflow transition a write made, from the states before and after it. */
export const transitionOf = (previous: Doc | undefined, doc: Doc, operation: 'create' | 'update'): AuditAction => {
  const wasLive = previous?._status === 'published'
  const isLive = doc._status === 'published'
  if (isLive && (!wasLive || operation === 'create')) return 'publish'
  if (wasLive && !isLive) return doc.workflowStatus === 'archived' ? 'archive' : 'unpublish'
  if (doc.workflowStatus !== previous?.workflowStatus) {
    if (doc.workflowStatus === 'submitted') return 'submit'
    if (doc.workflowStatus === 'returned') return 'return'
    if (doc.workflowStatus === 'archived') return 'archive'
  }
  return operation
}

export const auditContentChange: CollectionAfterChangeHook<Doc> = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.skipAudit) return doc
  const action = transitionOf(operation === 'update' ? previousDoc : undefined, doc, operation)
  await writeAudit(req, {
    action,
    collection: collection.slug,
    documentId: doc.id,
    tenant: doc.tenant as never,
    summary: titleOf(doc),
    details: doc.workflowStatus ? { from: previousDoc?.workflowStatus ?? null, to: doc.workflowStatus } : undefined,
  })
  return doc
}

export const auditContentDelete: CollectionAfterDeleteHook<Doc> = async ({ collection, doc, req }) => {
  if (req.context?.skipAudit) return doc
  await writeAudit(req, {
    action: 'delete',
    collection: collection.slug,
    documentId: doc.id,
    tenant: doc.tenant as never,
    summary: titleOf(doc),
  })
  return doc
}
