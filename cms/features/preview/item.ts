import type { Payload } from 'payload'
import type { CommuneContent } from '../publishing/snapshot'

/** The collections with drafts and the editorial workflow: what a board previews before publishing. */
export const PREVIEW_COLLECTIONS = ['posts', 'pages', 'announcements', 'documents', 'disclosures'] as const
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]

export const isPreviewCollection = (value: unknown): value is PreviewCollection =>
  PREVIEW_COLLECTIONS.includes(value as PreviewCollection)

/** What the item is called in a sentence: "tin bài «…»". */
export const ITEM_NOUN: Record<PreviewCollection, string> = {
  posts: 'tin bài',
  pages: 'trang',
  announcements: 'thông báo',
  documents: 'văn bản',
  disclosures: 'mục công khai',
}

type ItemDoc = { id: number | string; slug?: string | null; path?: string | null; category?: string | null }

const seg = (s: string) => encodeURIComponent(s)

/**
 * Where the item's page is on the commune's site, root-relative: the same addresses as the
 * generator's routes (sites/src/lib/routes.ts), which the CMS may not import.
 */
export const itemPath = (collection: PreviewCollection, doc: ItemDoc): string => {
  const slug = doc.slug || String(doc.id)
  switch (collection) {
    case 'posts':
      return `/tin-tuc/bai/${seg(slug)}/`
    case 'pages':
      return `/${(doc.path || slug).split('/').map(seg).join('/')}/`
    case 'announcements':
      return `/thong-bao/${seg(slug)}/`
    case 'documents':
      return `/van-ban/${seg(slug)}/`
    case 'disclosures':
      return doc.category ? `/cong-khai/${seg(doc.category)}/${seg(slug)}/` : '/cong-khai/'
  }
}

/** The export reads pages and their relations at depth 0, the other items at depth 1. */
const DEPTH: Record<PreviewCollection, number> = { posts: 1, pages: 0, announcements: 1, documents: 1, disclosures: 1 }

/** The item's newest version, draft or not, as the export reads its published rows. */
export const readLatest = (payload: Payload, collection: PreviewCollection, id: number | string) =>
  payload.findByID({ collection, id, draft: true, depth: DEPTH[collection], overrideAccess: true })

/**
 * Puts the draft in the place of its published version, or first in its list when it was
 * never published (so it leads the news on the home page, as it will once published).
 */
export const overlayDraft = (content: CommuneContent, collection: PreviewCollection, draft: ItemDoc): void => {
  const list = content[collection] as ItemDoc[]
  const at = list.findIndex((d) => String(d.id) === String(draft.id))
  if (at >= 0) list[at] = draft
  else list.unshift(draft)
}
