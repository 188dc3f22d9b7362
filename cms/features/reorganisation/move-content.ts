/**
 * Moves everything one old commune holds into its successor, in one database transaction: each
 * item keeps its id, author, dates and versions, and is marked with its origin; a slug the
 * successor already uses gets the old commune's name appended; categories of the same name are
 * merged; board memberships move with the roles of the plan. SQL, not the Local API: 10,000
 * items a minute through hooks and new versions would neither be fast nor leave them as they were.
 * Every statement only touches rows still at the old commune, so a rerun after a kill is a no-op
 * for what was done (the transaction makes each commune all or nothing).
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { COMMUNE_SCOPED } from '../../collections/commune-scoped'
import type { MemberRole } from '../../access/roles'
import { foldForSearch } from '../../lib/vietnamese'
import { livePath } from '../notifications/live-link'

type ID = number | string
type SQL = ReturnType<typeof sql>
type Exec = { all: (q: SQL) => Promise<Record<string, unknown>[]>; run: (q: SQL) => Promise<void> }

/** Table and column names as Payload's SQL adapters write them (snake case, `_<slug>_v` for versions). */
const table = (slug: string) => slug.replace(/-/g, '_')
const versionsTable = (slug: string) => `_${table(slug)}_v`

type CollectionConfigs = Record<string, { config: { fields: { name?: string }[]; versions?: unknown } } | undefined>
const configOf = (payload: Payload, slug: string) => (payload.collections as unknown as CollectionConfigs)[slug]?.config
const hasField = (payload: Payload, slug: string, name: string) =>
  configOf(payload, slug)?.fields.some((f) => f.name === name) ?? false
const hasVersions = (payload: Payload, slug: string) => Boolean(configOf(payload, slug)?.versions)

export type MoveResult = {
  /** Old path on the old site → path of the same item on the successor's site. */
  paths: Record<string, string>
  moved: Record<string, number>
  renamed: number
  categoriesMerged: number
  members: number
}

type ItemRow = {
  id: ID
  slug: string | null
  path?: string | null
  parent_id?: ID | null
  category?: string | null
  _status?: string | null
}

/**
 * Runs `work` in one transaction of the SQL adapter (SQLite or Postgres through drizzle). On
 * SQLite, libsql begins it IMMEDIATE: the write lock is taken first (waiting up to the busy
 * timeout), so the server writing meanwhile cannot make it fail halfway.
 */
export const inTransaction = async <T>(payload: Payload, work: (exec: Exec) => Promise<T>): Promise<T> => {
  const drizzle = (
    payload.db as unknown as { drizzle?: { transaction: (fn: (tx: unknown) => Promise<T>) => Promise<T> } }
  ).drizzle
  if (!drizzle)
    throw new Error('the reorganisation moves content with SQL: it needs the SQLite or Postgres adapter, not MongoDB')
  return drizzle.transaction(async (tx) => {
    const t = tx as {
      all?: (q: SQL) => Promise<Record<string, unknown>[]>
      run?: (q: SQL) => Promise<unknown>
      execute?: (q: SQL) => Promise<{ rows: Record<string, unknown>[] }>
    }
    const exec: Exec = t.all
      ? { all: (q) => t.all!(q), run: async (q) => void (await t.run!(q)) }
      : { all: async (q) => (await t.execute!(q)).rows, run: async (q) => void (await t.execute!(q)) }
    return work(exec)
  })
}

const id = sql.identifier

/** The first slug not in `taken`: "<slug>-<suffix>", then "-2", "-3"… */
const freeSlug = (slug: string, suffix: string, taken: Set<string>): string => {
  let candidate = `${slug}-${suffix}`
  for (let i = 2; taken.has(candidate); i++) candidate = `${slug}-${suffix}-${i}`
  return candidate
}

/** Static sections every site has: the same address on the successor's site. */
export const SECTION_PATHS = [
  '/tin-tuc/',
  '/thong-bao/',
  '/van-ban/',
  '/cong-khai/',
  '/thu-tuc-hanh-chinh/',
  '/hoi-dap/',
  '/tiep-can-thong-tin/',
  '/nguoi-phat-ngon/',
  '/lien-he/',
  '/tim-kiem/',
  '/so-do-trang/',
  '/to-chuc-bo-may/',
  '/gioi-thieu/',
]

type Move = {
  exec: Exec
  payload: Payload
  from: { id: ID; name: string; slug: string }
  to: { id: ID }
  result: MoveResult
}

/** Categories first: a category of the same name at the successor is the same category there. */
const mergeCategories = async ({ exec, from, to, result }: Move): Promise<Set<string>> => {
  const theirs = await exec.all(sql`SELECT id, name, slug FROM categories WHERE tenant_id = ${to.id}`)
  const byName = new Map(theirs.map((c) => [foldForSearch(String(c.name)), c]))
  const ours = await exec.all(sql`SELECT id, name, slug FROM categories WHERE tenant_id = ${from.id}`)
  const merged = new Set<string>()
  for (const cat of ours) {
    const same = byName.get(foldForSearch(String(cat.name)))
    if (!same) continue
    merged.add(String(cat.id))
    for (const rels of ['posts_rels', '_posts_v_rels'])
      await exec.run(sql`UPDATE ${id(rels)} SET categories_id = ${same.id} WHERE categories_id = ${cat.id}`)
    await exec.run(sql`DELETE FROM categories WHERE id = ${cat.id}`)
    result.paths[`/tin-tuc/${cat.slug}/`] = `/tin-tuc/${same.slug}/`
    result.categoriesMerged++
  }
  return merged
}

/** New slugs for the items whose slug the successor already uses in this collection. */
const slugRenames = async ({ exec, from, to }: Move, t: string, rows: ItemRow[]): Promise<Map<ID, string>> => {
  const renames = new Map<ID, string>()
  const taken = new Set(
    (await exec.all(sql`SELECT slug FROM ${id(t)} WHERE tenant_id = ${to.id}`)).map((r) => String(r.slug)),
  )
  for (const row of rows)
    if (row.slug && taken.has(row.slug)) {
      const next = freeSlug(row.slug, from.slug, taken)
      renames.set(row.id, next)
      taken.add(next)
    }
  return renames
}

/** Pages: each path follows its parents' (possibly new) slugs. */
const pagePaths = (rows: ItemRow[], renames: Map<ID, string>): Map<ID, string> => {
  const byId = new Map(rows.map((r) => [String(r.id), r]))
  const pathOf = (row: ItemRow, depth = 0): string => {
    const own = renames.get(row.id) ?? row.slug ?? ''
    const parent = row.parent_id != null ? byId.get(String(row.parent_id)) : undefined
    return parent && depth < 20 ? `${pathOf(parent, depth + 1)}/${own}` : own
  }
  return new Map(rows.map((row) => [row.id, pathOf(row)]))
}

/** Renames one item (and its versions) and records where its page goes. */
const readdress = async (move: Move, slug: string, row: ItemRow, slugNow?: string, pathNow?: string) => {
  const { exec, payload, result } = move
  const before = livePath(slug, { slug: row.slug, path: row.path, category: row.category })
  const after = livePath(slug, { slug: slugNow ?? row.slug, path: pathNow ?? row.path, category: row.category })
  // Only pages the old site showed (drafts had no address there).
  if (before && after && row._status !== 'draft') result.paths[before] = after
  if (slugNow === undefined && (pathNow === undefined || pathNow === row.path)) return
  const t = table(slug)
  const newSlug = slugNow ?? row.slug
  if (slug === 'pages') {
    await exec.run(sql`UPDATE pages SET slug = ${newSlug}, path = ${pathNow ?? row.path} WHERE id = ${row.id}`)
    await exec.run(
      sql`UPDATE _pages_v SET version_slug = ${newSlug}, version_path = ${pathNow ?? row.path} WHERE parent_id = ${row.id}`,
    )
  } else {
    await exec.run(sql`UPDATE ${id(t)} SET slug = ${newSlug} WHERE id = ${row.id}`)
    if (hasVersions(payload, slug))
      await exec.run(sql`UPDATE ${id(versionsTable(slug))} SET version_slug = ${newSlug} WHERE parent_id = ${row.id}`)
  }
  if (slugNow !== undefined) result.renamed++
}

/** Every item of one collection: new addresses where needed, then the new commune and the origin. */
const moveCollection = async (move: Move, slug: string, mergedCategories: Set<string>) => {
  const { exec, payload, from, to, result } = move
  const t = table(slug)
  const withSlug = hasField(payload, slug, 'slug')
  const cols = [
    'id',
    ...(withSlug ? ['slug'] : []),
    ...(slug === 'pages' ? ['path', 'parent_id'] : []),
    ...(slug === 'disclosures' ? ['category'] : []),
    ...(hasVersions(payload, slug) ? ['_status'] : []),
  ].join(', ')
  const rows = (
    (await exec.all(sql`SELECT ${sql.raw(cols)} FROM ${id(t)} WHERE tenant_id = ${from.id}`)) as ItemRow[]
  ).filter((row) => slug !== 'categories' || !mergedCategories.has(String(row.id)))
  if (!rows.length) return
  const renames = withSlug ? await slugRenames(move, t, rows) : new Map<ID, string>()
  const paths = slug === 'pages' ? pagePaths(rows, renames) : new Map<ID, string>()
  for (const row of rows) await readdress(move, slug, row, renames.get(row.id), paths.get(row.id))
  await exec.run(sql`UPDATE ${id(t)} SET tenant_id = ${to.id}, former_unit = ${from.name} WHERE tenant_id = ${from.id}`)
  if (hasVersions(payload, slug))
    await exec.run(
      sql`UPDATE ${id(versionsTable(slug))} SET version_tenant_id = ${to.id}, version_former_unit = ${from.name} WHERE version_tenant_id = ${from.id}`,
    )
  result.moved[slug] = rows.length
}

const RANK: Record<string, number> = { chief: 0, editor: 1, contributor: 2 }

/**
 * The board: each membership of the old commune becomes one of the successor, with the plan's
 * role; someone already a member there keeps one row, with the higher role.
 */
const moveMembers = async ({ exec, from, to, result }: Move, roles: Map<string, MemberRole>) => {
  const members = await exec.all(
    sql`SELECT t.id, t._parent_id AS user_id, t.role, u.email FROM users_tenants t JOIN users u ON u.id = t._parent_id WHERE t.tenant_id = ${from.id}`,
  )
  for (const m of members) {
    const role = roles.get(String(m.email)) ?? (m.role === 'chief' ? 'editor' : String(m.role))
    const there = (
      await exec.all(sql`SELECT id, role FROM users_tenants WHERE _parent_id = ${m.user_id} AND tenant_id = ${to.id}`)
    )[0]
    if (there) {
      if ((RANK[role] ?? 9) < (RANK[String(there.role)] ?? 9))
        await exec.run(sql`UPDATE users_tenants SET role = ${role} WHERE id = ${there.id}`)
      await exec.run(sql`DELETE FROM users_tenants WHERE id = ${m.id}`)
    } else await exec.run(sql`UPDATE users_tenants SET tenant_id = ${to.id}, role = ${role} WHERE id = ${m.id}`)
    result.members++
  }
}

export const moveCommuneContent = async (
  payload: Payload,
  from: { id: ID; name: string; slug: string },
  to: { id: ID },
  roles: Map<string, MemberRole>,
  { write = true }: { write?: boolean } = {},
): Promise<MoveResult> =>
  inTransaction(payload, async (tx) => {
    // Without `write`, only reads: the addresses the move will give each item (its redirect is
    // written before the move, so that a kill between the two loses no address).
    const exec: Exec = write ? tx : { all: tx.all, run: async () => undefined }
    const result: MoveResult = { paths: {}, moved: {}, renamed: 0, categoriesMerged: 0, members: 0 }
    for (const p of SECTION_PATHS) result.paths[p] = p
    const move: Move = { exec, payload, from, to, result }
    const mergedCategories = await mergeCategories(move)
    for (const slug of COMMUNE_SCOPED) await moveCollection(move, slug, mergedCategories)
    await moveMembers(move, roles)
    return result
  })

/** The roles the plan gives the board of the kept commune (members who stay where they are). */
export const applyRoles = async (payload: Payload, communeId: ID, roles: Map<string, MemberRole>): Promise<number> =>
  inTransaction(payload, async (exec) => {
    let changed = 0
    const members = await exec.all(
      sql`SELECT t.id, t.role, u.email FROM users_tenants t JOIN users u ON u.id = t._parent_id WHERE t.tenant_id = ${communeId}`,
    )
    for (const m of members) {
      const role = roles.get(String(m.email))
      if (role && role !== m.role) {
        await exec.run(sql`UPDATE users_tenants SET role = ${role} WHERE id = ${m.id}`)
        changed++
      }
    }
    return changed
  })
