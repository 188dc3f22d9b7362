import type { Field } from 'payload'

/**
 * Every field of a list, nested ones included (groups, rows, collapsibles, arrays, tabs, blocks),
 * with `change` applied to each: the config a plugin hands back, the list itself left untouched.
 */
export const mapFields = (fields: readonly Field[], change: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    const changed = change(field)
    if ('fields' in changed && Array.isArray(changed.fields))
      return { ...changed, fields: mapFields(changed.fields, change) } as Field
    if (changed.type === 'tabs')
      return { ...changed, tabs: changed.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    if (changed.type === 'blocks' && Array.isArray(changed.blocks))
      return {
        ...changed,
        blocks: changed.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })),
      }
    return changed
  })
