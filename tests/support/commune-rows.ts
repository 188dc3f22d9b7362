/**
 * One commune's rows in the SQLite database, read with raw SQL, and the rows a write produced
 * or changed, in a form two communes can be compared in: primary keys and foreign keys as ranks
 * among the commune's rows, Payload's array row ids by first appearance, users by email, the
 * commune itself as 'COMMUNE', the run's own timestamps as 'NOW' and one commune's slug and name
 * as the other's. Which tables belong to a commune is read from the schema, not listed here.
 */

export type SqlValue = string | number | bigint | null | ArrayBuffer
export type SqlClient = {
  execute: (query: { sql: string; args?: SqlValue[] }) => Promise<{ rows: ArrayLike<SqlValue>[]; columns: string[] }>
}
export type Row = Record<string, SqlValue>

/** A table whose rows belong to a commune: by a column naming the commune, or through its parent row. */
export type CommuneTable = {
  name: string
  key: string
  columns: string[]
  /** Foreign key columns and the tables they point to (parent_id and _parent_id included). */
  references: Map<string, string>
  owner: { column: string; parent?: string }
  depth: number
}

export type CommuneSchema = {
  tables: CommuneTable[]
  /** Tables left out, each with the reason. */
  skipped: { name: string; reason: string }[]
}

/** Tables whose rows are the commune's provisioning or bookkeeping, not its content. */
const NOT_CONTENT = [/^audit_logs$/, /^payload_/, /^site_builds$/, /^build_leases$/, /^users/, /^communes/]
/** Columns that name the commune a row belongs to, preferred over other references to communes. */
const COMMUNE_COLUMNS = ['tenant_id', 'version_tenant_id']
const PARENT_COLUMNS = ['_parent_id', 'parent_id']

const q = (name: string) => `"${name.replaceAll('"', '""')}"`

export const rowsOf = async (client: SqlClient, sql: string, args: SqlValue[] = []): Promise<Row[]> => {
  const { rows, columns } = await client.execute({ sql, args })
  return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])))
}

type TableShape = { name: string; key: string | null; columns: string[]; references: Map<string, string> }

const shapeOf = async (client: SqlClient, name: string): Promise<TableShape> => {
  const info = await rowsOf(client, `PRAGMA table_info(${q(name)})`)
  const keys = info.filter((c) => Number(c.pk) > 0).map((c) => String(c.name))
  const fks = await rowsOf(client, `PRAGMA foreign_key_list(${q(name)})`)
  const references = new Map(fks.map((f) => [String(f.from), String(f.table)]))
  const columns = info.map((c) => String(c.name))
  for (const column of PARENT_COLUMNS)
    if (columns.includes(column) && !references.has(column))
      throw new Error(`${name}.${column} has no foreign key: its parent table is unknown`)
  return { name, key: keys.length === 1 ? keys[0] : null, columns, references }
}

/** How a table's rows belong to a commune, once the tables it may hang from are known. */
const ownerOf = (shape: TableShape, known: Map<string, CommuneTable>): CommuneTable['owner'] | null => {
  const toCommunes = shape.columns.filter((c) => shape.references.get(c) === 'communes')
  const column = toCommunes.find((c) => COMMUNE_COLUMNS.includes(c)) ?? toCommunes[0]
  if (column) return { column }
  const parent = PARENT_COLUMNS.find((c) => known.has(shape.references.get(c) ?? ''))
  return parent ? { column: parent, parent: shape.references.get(parent) } : null
}

/**
 * Every table of the database whose rows belong to a commune: one with a column referencing
 * communes (tenant_id, version_tenant_id...), or a child table whose parent_id / _parent_id
 * points into such a table (at any depth). Provisioning and bookkeeping tables are skipped.
 */
export const communeSchema = async (client: SqlClient): Promise<CommuneSchema> => {
  const names = (
    await rowsOf(
      client,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
  ).map((r) => String(r.name))
  const skipped: CommuneSchema['skipped'] = []
  const shapes: TableShape[] = []
  for (const name of names) {
    if (NOT_CONTENT.some((re) => re.test(name))) skipped.push({ name, reason: 'provisioning or bookkeeping' })
    else shapes.push(await shapeOf(client, name))
  }
  const known = new Map<string, CommuneTable>()
  for (let depth = 0; ; depth++) {
    const found = shapes.flatMap((shape) => {
      const owner = known.has(shape.name) ? null : ownerOf(shape, known)
      if (!owner) return []
      if (!shape.key) throw new Error(`${shape.name} belongs to a commune but has no single primary key`)
      return [{ ...shape, key: shape.key, owner, depth }]
    })
    if (!found.length) break
    for (const table of found) known.set(table.name, table)
  }
  for (const shape of shapes) if (!known.has(shape.name)) skipped.push({ name: shape.name, reason: 'no commune' })
  return { tables: [...known.values()], skipped: skipped.sort((a, b) => a.name.localeCompare(b.name)) }
}

/** A commune's rows, table by table. */
export type CommuneRows = Map<string, Row[]>

/** Every row of the commune `communeId` in the tables of `schema`, read with raw SQL. */
export const readCommuneRows = async (
  client: SqlClient,
  schema: CommuneSchema,
  communeId: number,
): Promise<CommuneRows> => {
  const rows: CommuneRows = new Map()
  for (const table of [...schema.tables].sort((a, b) => a.depth - b.depth)) {
    const { column, parent } = table.owner
    if (!parent) {
      rows.set(table.name, await rowsOf(client, `SELECT * FROM ${q(table.name)} WHERE ${q(column)} = ?`, [communeId]))
      continue
    }
    const parentTable = schema.tables.find((t) => t.name === parent)!
    const parentKeys = (rows.get(parent) ?? []).map((r) => r[parentTable.key])
    const sql = `SELECT * FROM ${q(table.name)} WHERE ${q(column)} IN (SELECT value FROM json_each(?))`
    rows.set(table.name, await rowsOf(client, sql, [JSON.stringify(parentKeys)]))
  }
  return rows
}

/** What a commune's rows are compared with: the same rows of the other commune, normalised alike. */
export type Normaliser = {
  communeId: number
  /** Emails of all users, by ID. */
  emails: Map<number, string>
  /** Maps the other commune's slug and name onto this one's (applied to both sides). */
  rename: (text: string) => string
  /** When the run wrote: timestamps within are 'NOW'. */
  window: { from: Date; to: Date }
  /**
   * Tables whose rows are ranked by a column (renamed) rather than by ID: for rows the writer
   * inserts in no set order, whose IDs say nothing.
   */
  rankBy?: Record<string, string>
}

/** A string replacement of whole occurrences, longest first, that leaves the targets as they are. */
export const renamer = (pairs: [from: string, to: string][]) => {
  const map = new Map<string, string>()
  for (const [from, to] of pairs) map.set(from, to).set(to, map.get(to) ?? to)
  const terms = [...map.keys()].sort((a, b) => b.length - a.length)
  const re = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
  return (text: string) => text.replace(re, (m) => map.get(m) ?? m)
}

const HEX_ID = /^[0-9a-f]{24}$/
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** Labels of one commune's rows: integer keys by rank, Payload's array row ids by first appearance. */
type Labels = { ranks: Map<string, Map<string, number>>; hex: Map<string, number> }

const labelsOf = (schema: CommuneSchema, rows: CommuneRows, n: Normaliser): Labels => {
  const ranks = new Map<string, Map<string, number>>()
  for (const table of schema.tables) {
    const by = n.rankBy?.[table.name]
    const sortKey = (r: Row) => [by ? n.rename(String(r[by])) : '', String(r[table.key]).padStart(12, '0')].join('|')
    const keyed = (rows.get(table.name) ?? []).filter((r) => typeof r[table.key] === 'number')
    const keys = keyed.map((r) => ({ key: String(r[table.key]), at: sortKey(r) })).sort((a, b) => byText(a.at, b.at))
    ranks.set(table.name, new Map(keys.map(({ key }, i) => [key, i + 1])))
  }
  return { ranks, hex: new Map() }
}

const hexLabel = (labels: Labels, id: string) => {
  if (!labels.hex.has(id)) labels.hex.set(id, labels.hex.size + 1)
  return `array-row#${labels.hex.get(id)}`
}

/** A row's reference to `target`: its rank among the commune's rows, or what it points to outside. */
const referenceLabel = (n: Normaliser, labels: Labels, target: string, value: SqlValue): SqlValue => {
  if (value === null) return null
  if (target === 'communes') return value === n.communeId ? 'COMMUNE' : `communes@${value}`
  if (target === 'users') {
    const email = n.emails.get(Number(value))
    return email === undefined ? `users@${value}` : `user ${n.rename(email)}`
  }
  if (typeof value === 'string' && HEX_ID.test(value)) return `${target}:${hexLabel(labels, value)}`
  const rank = labels.ranks.get(target)?.get(String(value))
  return rank === undefined ? `${target}@${value} (not this commune's)` : `${target}#${rank}`
}

const valueLabel = (n: Normaliser, value: SqlValue): SqlValue => {
  if (typeof value !== 'string') return value
  if (ISO.test(value)) {
    const at = Date.parse(value)
    if (at >= n.window.from.getTime() && at <= n.window.to.getTime()) return 'NOW'
  }
  return n.rename(value)
}

const normaliseRow = (n: Normaliser, labels: Labels, table: CommuneTable, row: Row): Row => {
  const out: Row = {}
  for (const [column, value] of Object.entries(row)) {
    const target = table.references.get(column)
    if (column === table.key && typeof value === 'number')
      out[column] = `${table.name}#${labels.ranks.get(table.name)?.get(String(value))}`
    else if ((column === table.key || column === '_uuid') && typeof value === 'string' && HEX_ID.test(value))
      out[column] = hexLabel(labels, value)
    else if (target) out[column] = referenceLabel(n, labels, target, value)
    else out[column] = valueLabel(n, value)
  }
  return out
}

const pad = (value: SqlValue | undefined) =>
  value === null || value === undefined ? '' : String(value).padStart(12, '0')

/** Where a row stands among its table's rows: by its parent (already labelled) and position, else by its key. */
const positionOf = (labels: Labels, table: CommuneTable, raw: Row): string => {
  const { column, parent } = table.owner
  const up = parent ? raw[column] : null
  const parentLabel =
    typeof up === 'string' && HEX_ID.test(up) ? labels.hex.get(up) : labels.ranks.get(parent ?? '')?.get(String(up))
  const key = typeof raw[table.key] === 'number' ? raw[table.key] : null
  return [pad(parentLabel ?? (parent ? String(up) : null)), pad(raw._order ?? raw.order), pad(key)].join('|')
}

/** Every row of a commune, normalised, by table and raw primary key. Parents first, so labels are stable. */
export const normaliseRows = (schema: CommuneSchema, rows: CommuneRows, n: Normaliser) => {
  const labels = labelsOf(schema, rows, n)
  const tables = [...schema.tables].sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name))
  const out = new Map<string, Map<string, Row>>()
  for (const table of tables) {
    const placed = (rows.get(table.name) ?? []).map((raw) => ({ raw, at: positionOf(labels, table, raw) }))
    placed.sort((a, b) => byText(a.at, b.at))
    out.set(table.name, new Map(placed.map(({ raw }) => [String(raw[table.key]), normaliseRow(n, labels, table, raw)])))
  }
  return out
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The rows a write produced or changed in one commune, normalised and sorted, by table (rows it
 * removed appear as { removed: row }): `before` and `after` are the commune's rows around it.
 */
export const changedRows = (
  schema: CommuneSchema,
  before: CommuneRows,
  after: CommuneRows,
  n: Normaliser,
): Record<string, Row[]> => {
  const was = normaliseRows(schema, before, n)
  const is = normaliseRows(schema, after, n)
  const changes: Record<string, Row[]> = {}
  for (const table of schema.tables) {
    const rawBefore = new Map((before.get(table.name) ?? []).map((r) => [String(r[table.key]), JSON.stringify(r)]))
    const keysAfter = new Set((after.get(table.name) ?? []).map((r) => String(r[table.key])))
    const rows: Row[] = []
    for (const raw of after.get(table.name) ?? [])
      if (rawBefore.get(String(raw[table.key])) !== JSON.stringify(raw))
        rows.push(is.get(table.name)!.get(String(raw[table.key]))!)
    for (const [key] of rawBefore)
      if (!keysAfter.has(key)) rows.push({ removed: JSON.stringify(was.get(table.name)!.get(key)) })
    changes[table.name] = rows
      .map((r) => [JSON.stringify(r), r] as const)
      .sort(([a], [b]) => byText(a, b))
      .map(([, r]) => r)
  }
  return changes
}
