import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../access/roles'

/** Stores the page's path in the tree ("gioi-thieu/lich-su") so the site links without walking parents. */
export const computePath: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  const parentId = idOf('parent' in data ? data.parent : originalDoc?.parent)
  if (parentId === undefined) {
    data.path = slug
    return data
  }
  if (originalDoc?.id !== undefined && String(parentId) === String(originalDoc.id))
    throw new Error('Trang cha: một trang không thể là trang cha của chính nó.')
  const parent = await req.payload.findByID({
    collection: 'pages',
    id: parentId,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { path: true },
  })
  data.path = `${parent.path ?? ''}/${slug}`.replace(/^\//, '')
  return data
}
