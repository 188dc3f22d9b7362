import type { Field } from 'payload'

/** The media collection's slug: everything uploaded, whatever document uses it. */
export const MEDIA = 'media'

type Id = string
type Row = Record<string, unknown>

const idOfValue = (value: unknown): Id | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object') {
    const v = value as { id?: unknown; relationTo?: unknown; value?: unknown }
    if ('relationTo' in v) return v.relationTo === MEDIA ? idOfValue(v.value) : undefined
    return v.id === undefined ? undefined : String(v.id)
  }
  return String(value)
}

const pointsAtMedia = (relationTo: unknown) =>
  relationTo === MEDIA || (Array.isArray(relationTo) && relationTo.includes(MEDIA))

/** Upload (and relationship) nodes of a Lexical rich text tree that point at media. */
const lexicalMedia = (node: unknown, out: Set<Id>): void => {
  if (!node || typeof node !== 'object') return
  const n = node as {
    type?: unknown
    relationTo?: unknown
    value?: unknown
    root?: unknown
    children?: unknown
    fields?: unknown
  }
  if ((n.type === 'upload' || n.type === 'relationship') && n.relationTo === MEDIA) {
    const id = idOfValue(n.value)
    if (id) out.add(id)
  }
  if (n.root) lexicalMedia(n.root, out)
  if (Array.isArray(n.children)) for (const child of n.children) lexicalMedia(child, out)
}

/**
 * Every media ID a document refers to, wherever the fields put it: upload and relationship
 * fields, rich text upload nodes, inside groups, arrays, blocks, tabs, rows and collapsibles.
 */
export const mediaIdsIn = (fields: readonly Field[], data: unknown, out: Set<Id> = new Set()): Set<Id> => {
  if (!data || typeof data !== 'object') return out
  const row = data as Row
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : undefined
    switch (field.type) {
      case 'upload':
      case 'relationship': {
        if (!named || !pointsAtMedia(field.relationTo)) break
        const value = row[named]
        for (const item of Array.isArray(value) ? value : [value]) {
          const id = idOfValue(item)
          if (id) out.add(id)
        }
        break
      }
      case 'richText':
        if (named) lexicalMedia(row[named], out)
        break
      case 'group':
        mediaIdsIn(field.fields, named ? row[named] : row, out)
        break
      case 'row':
      case 'collapsible':
        mediaIdsIn(field.fields, row, out)
        break
      case 'array': {
        const rows = named ? row[named] : undefined
        if (Array.isArray(rows)) for (const item of rows) mediaIdsIn(field.fields, item, out)
        break
      }
      case 'blocks': {
        const rows = named ? row[named] : undefined
        if (!Array.isArray(rows)) break
        for (const item of rows) {
          const block = (field.blocks ?? []).find((b) => typeof b === 'object' && b.slug === (item as Row)?.blockType)
          if (block && typeof block === 'object') mediaIdsIn(block.fields, item, out)
        }
        break
      }
      case 'tabs':
        for (const tab of field.tabs) mediaIdsIn(tab.fields, 'name' in tab && tab.name ? row[tab.name] : row, out)
        break
      default:
        break
    }
  }
  return out
}

/** Whether documents of this shape can refer to media at all. */
export const canReferToMedia = (fields: readonly Field[]): boolean =>
  fields.some((field) => {
    switch (field.type) {
      case 'upload':
      case 'relationship':
        return pointsAtMedia(field.relationTo)
      case 'richText':
        return true
      case 'group':
      case 'row':
      case 'collapsible':
      case 'array':
        return canReferToMedia(field.fields)
      case 'blocks':
        return (field.blocks ?? []).some((b) => typeof b === 'object' && canReferToMedia(b.fields))
      case 'tabs':
        return field.tabs.some((tab) => canReferToMedia(tab.fields))
      default:
        return false
    }
  })
