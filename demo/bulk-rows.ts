/**
 * A document's `data` as the rows Payload's SQLite adapter stores for it: the main row, its
 * arrays' rows, its has-many relationships' rows, and the same again for its version. Keys are
 * those of the adapter's Drizzle tables (`coverImage`, `reprint_sharedNews`, `categoriesID`), so
 * Drizzle encodes the values (JSON, booleans) exactly as it does for Payload's own writes.
 *
 * Covers the field types the demo content uses: scalars, dates, selects, rich text, groups,
 * arrays of scalars and has-one/has-many relationships to one collection. Anything else is an
 * error, never a silent gap: tests/int/demo-bulk-write.int.spec.ts compares the result with
 * Payload's own writes row by row.
 */
import crypto from 'node:crypto'
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

export type Row = Record<string, unknown>
/** Rows to insert, by table name. */
export type TableRows = Map<string, Row[]>

/** A collection's sanitised config by its slug (the slugs here come from the demo content, not from a request). */
export const collectionConfig = (payload: Payload, slug: string): SanitizedCollectionConfig | undefined =>
  (payload.collections as unknown as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]?.config

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

/**
 * An ID in the form Payload gives array rows (a MongoDB ObjectId's hex: 4 bytes of seconds,
 * 8 random bytes): Payload's own generator (bson-objectid) is not a dependency of ours.
 */
const arrayRowId = () =>
  Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0') + crypto.randomBytes(8).toString('hex')

const add = (rows: TableRows, table: string, row: Row) => {
  const list = rows.get(table)
  if (list) list.push(row)
  else rows.set(table, [row])
}

/** Where one document's rows go: its table, its parent row's ID, and whether it is a version. */
type Target = { table: string; id: number; version: boolean }

const relationKey = (field: FlattenedField): string => {
  const to = (field as { relationTo?: unknown }).relationTo
  if (typeof to !== 'string') throw new Error(`bulk rows: polymorphic relationship ${field.name} is not supported`)
  return `${to}ID`
}

/** The array's rows; in a version, each keeps the main row's ID as `_uuid`. */
const arrayRows = (rows: TableRows, t: Target, field: FlattenedField & { type: 'array' }, items: unknown) => {
  const table = t.version ? `_${t.table}_v_version_${snake(field.name)}` : `${t.table}_${snake(field.name)}`
  for (const [i, item] of ((items as Row[] | undefined) ?? []).entries()) {
    const row: Row = { _order: i + 1, _parentID: t.id }
    if (t.version) row._uuid = item.id
    else row.id = item.id
    for (const sub of field.flattenedFields) {
      if (sub.name === 'id') continue
      if (!['text', 'number', 'textarea', 'email', 'relationship', 'upload'].includes(sub.type))
        throw new Error(`bulk rows: array field ${field.name}.${sub.name} (${sub.type}) is not supported`)
      row[sub.name] = item[sub.name] ?? null
    }
    add(rows, table, row)
  }
}

/** The columns of `fields` into `row` (keys prefixed inside groups); arrays and has-many go to their tables. */
const fieldsInto = (rows: TableRows, t: Target, row: Row, fields: FlattenedField[], data: Row, prefix: string) => {
  for (const field of fields) {
    if (field.name === 'id' && !prefix) continue
    const value = data[field.name]
    const key = `${prefix}${field.name}`
    if (field.type === 'group') {
      fieldsInto(rows, t, row, field.flattenedFields, (value as Row | undefined) ?? {}, `${key}_`)
    } else if (field.type === 'array') {
      arrayRows(rows, t, field, value)
    } else if ((field.type === 'relationship' || field.type === 'upload') && field.hasMany) {
      const rels = `${t.version ? `_${t.table}_v` : t.table}_rels`
      for (const [i, id] of ((value as unknown[] | undefined) ?? []).entries())
        add(rows, rels, {
          order: i + 1,
          parent: t.id,
          path: t.version ? `version.${key}` : key,
          [relationKey(field)]: id,
        })
    } else if (['blocks', 'join', 'tabs'].includes(field.type) || ('hasMany' in field && field.hasMany)) {
      throw new Error(`bulk rows: field ${key} (${field.type}, many) is not supported`)
    } else {
      row[key] = value === undefined ? defaultOf(field) : value
    }
  }
}

/** A field's static default, as Payload applies it on create; null when it has none. */
const defaultOf = (field: FlattenedField): unknown => {
  const value = (field as { defaultValue?: unknown }).defaultValue
  if (typeof value === 'function') throw new Error(`bulk rows: field ${field.name} has a computed default`)
  return value ?? null
}

/** Gives every array item of `data` its row ID, as Payload does before writing. */
const withArrayIds = (fields: FlattenedField[], data: Row): Row => {
  const out: Row = { ...data }
  for (const field of fields)
    if (field.type === 'array' && Array.isArray(data[field.name]))
      out[field.name] = (data[field.name] as Row[]).map((item) => ({ ...item, id: item.id ?? arrayRowId() }))
  return out
}

/**
 * The rows of document `doc` (its `id`, `createdAt` and `updatedAt` set) of `collection`, and of
 * a new version of it (`version.id`, created at `version.now`) when the collection keeps
 * versions; returns the main row. For a new document all go into `rows`; for an updated one
 * (a template page) the caller turns the main row into an update.
 */
export const documentRows = (
  payload: Payload,
  rows: TableRows,
  collection: string,
  doc: Row & { id: number },
  version: { id: number; now: string } | null,
): Row => {
  const config = collectionConfig(payload, collection)
  if (!config) throw new Error(`bulk rows: no collection ${collection}`)
  const fields = config.flattenedFields
  const data = withArrayIds(fields, doc)
  // Each row is listed before its arrays and relationships: they are inserted in this order.
  const main: Row = { id: doc.id }
  add(rows, collection, main)
  fieldsInto(rows, { table: collection, id: doc.id, version: false }, main, fields, data, '')
  if (version) {
    const v: Row = { id: version.id, parent: doc.id }
    add(rows, `_${collection}_v`, v)
    const inner: Row = {}
    fieldsInto(rows, { table: collection, id: version.id, version: true }, inner, fields, data, '')
    for (const [key, value] of Object.entries(inner)) v[`version_${key}`] = value
    Object.assign(v, { createdAt: version.now, updatedAt: version.now, latest: true })
  }
  return main
}
