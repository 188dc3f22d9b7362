/**
 * The permission table of PRODUCT.md, written from the product's words and independently of
 * the implementation, so the generated tests check the code against the spec.
 */
export const ACTORS = ['anonymous', 'province-admin', 'district-viewer', 'chief', 'editor', 'contributor'] as const
export type Actor = (typeof ACTORS)[number]
export type Scope = 'own' | 'other'

/** Who writes what, inside their own commune. */
export const WRITERS: Record<string, Actor[]> = {
  posts: ['chief', 'editor', 'contributor'],
  pages: ['chief', 'editor', 'contributor'],
  documents: ['chief', 'editor', 'contributor'],
  announcements: ['chief', 'editor', 'contributor'],
  disclosures: ['chief', 'editor', 'contributor'],
  categories: ['chief', 'editor'],
  officials: ['chief', 'editor'],
  procedures: ['chief', 'editor'],
  questions: ['chief', 'editor'],
  'site-settings': ['chief'],
}

export const DRAFT_COLLECTIONS = ['posts', 'pages', 'documents', 'announcements', 'disclosures'] as const
export const PLAIN_COLLECTIONS = ['categories', 'officials', 'procedures', 'questions'] as const

export type DraftOperation =
  | 'create-draft'
  | 'read-draft'
  | 'list-draft'
  | 'read-published'
  | 'update-draft'
  | 'publish'
  | 'edit-live'
  | 'draft-over-live'
  | 'unpublish'
  | 'delete-draft'
  | 'delete-published'

export const DRAFT_OPERATIONS: DraftOperation[] = [
  'create-draft',
  'read-draft',
  'list-draft',
  'read-published',
  'update-draft',
  'publish',
  'edit-live',
  'draft-over-live',
  'unpublish',
  'delete-draft',
  'delete-published',
]

const isStaff = (actor: Actor, scope: Scope, roles: Actor[]) => scope === 'own' && roles.includes(actor)

/**
 * Fixtures are made by the province admin, so a contributor never owns them: contributors
 * "touch only their own drafts" (their own are tested separately).
 */
export const draftAllowed = (collection: string, op: DraftOperation, actor: Actor, scope: Scope): boolean => {
  if (actor === 'province-admin') return true
  const editors = WRITERS[collection]!.filter((r) => r !== 'contributor')
  switch (op) {
    case 'create-draft':
      return isStaff(actor, scope, WRITERS[collection]!)
    case 'read-draft':
    case 'list-draft':
      // A district viewer reads everything of its district (commune "own" is in it), changes nothing.
      return isStaff(actor, scope, ['chief', 'editor', 'district-viewer'])
    case 'read-published':
      // Citizens read everything published; staff work inside their own commune.
      return actor === 'anonymous' || isStaff(actor, scope, ['chief', 'editor', 'contributor', 'district-viewer'])
    case 'update-draft':
    case 'draft-over-live':
      return isStaff(actor, scope, editors)
    case 'delete-draft':
      // Editors and contributors delete only their own never-published drafts (tested in
      // security-deletes); a fixture made by the province admin is the chief's to delete.
      return isStaff(actor, scope, ['chief'])
    case 'publish':
    case 'edit-live':
    case 'unpublish':
    case 'delete-published':
      return isStaff(actor, scope, ['chief'])
  }
}

export type PlainOperation = 'create' | 'read' | 'update' | 'delete'
export const PLAIN_OPERATIONS: PlainOperation[] = ['create', 'read', 'update', 'delete']

export const plainAllowed = (collection: string, op: PlainOperation, actor: Actor, scope: Scope): boolean => {
  if (actor === 'province-admin') return true
  const writers = WRITERS[collection]!
  if (op === 'read') {
    // Questions hold personal data: only the board (chief, editor) and the district read pending ones.
    if (collection === 'questions') return isStaff(actor, scope, ['chief', 'editor', 'district-viewer'])
    return actor === 'anonymous' || isStaff(actor, scope, ['chief', 'editor', 'contributor', 'district-viewer'])
  }
  return isStaff(actor, scope, writers)
}
