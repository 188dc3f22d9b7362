import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { communeContentAccess } from '../access/communeContentAccess'
import { auditContentChange, auditContentDelete } from '../hooks/auditContentChange'
import { enforceWorkflow, requireReturnComment } from '../hooks/enforceWorkflow'
import { guardEditorialChange, guardEditorialDelete } from '../hooks/guardEditorial'
import { lockTenant } from '../hooks/lockTenant'
import { requireTenant } from '../hooks/requireTenant'

/** Slugs are unique per commune, never globally (two communes both have "gioi-thieu"). */
export const slugPerCommune: CollectionConfig['indexes'] = [{ fields: ['tenant', 'slug'], unique: true }]

/** Drafts, scheduled publish and unpublish, and kept previous versions. */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true, validate: false },
  maxPerDoc: 50,
}

/** Hooks of every commune-scoped collection; `workflow` adds the editorial workflow. */
export const communeHooks = ({
  workflow,
  beforeChange = [],
}: {
  workflow: boolean
  beforeChange?: CollectionBeforeChangeHook[]
}): NonNullable<CollectionConfig['hooks']> => ({
  beforeOperation: workflow ? [enforceWorkflow, requireReturnComment] : [],
  // Every save names a commune the user may write in and keeps it (before validation, which
  // drafts skip); workflow items are then checked against their latest version (a draft save
  // leaves the main row behind).
  beforeValidate: [requireTenant],
  beforeChange: [lockTenant, ...(workflow ? [guardEditorialChange] : []), ...beforeChange],
  ...(workflow ? { beforeDelete: [guardEditorialDelete] } : {}),
  // Publishing adds its site rebuilds after the audit entry.
  afterChange: [auditContentChange],
  afterDelete: [auditContentDelete],
})

/**
 * Who reads and writes the editorial collections: every board role writes (the workflow hooks
 * decide what each may do), the public reads what is published, the board reads drafts.
 */
export const editorialAccess = (): CollectionConfig['access'] =>
  // A fresh object per collection: plugins (multi-tenant) wrap a collection's access in place,
  // and one shared object would be wrapped once per collection that uses it.
  communeContentAccess({
    writers: ['chief', 'editor', 'contributor'],
    publicRead: { _status: { equals: 'published' } },
    drafts: true,
  })

/** The editorial collections' list view: titled items in the "Nội dung" group unless another is named. */
export const editorialAdmin = (
  defaultColumns: string[],
  group: { vi: string; en: string } = { vi: 'Nội dung', en: 'Content' },
): CollectionConfig['admin'] => ({ useAsTitle: 'title', defaultColumns, group })
