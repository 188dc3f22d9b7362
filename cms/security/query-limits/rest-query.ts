import * as qs from 'qs-esm'
import { queryLimits } from './limits'
import { vi } from './messages'
import { checkWhereShape } from './where-shape'

const BOOLEAN_PARAMS = [
  'autosave',
  'draft',
  'trash',
  'overrideLock',
  'pagination',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
]
// The admin sends `locale=${code}` even without localization: "undefined" or empty.
const LOCALE_PARAMS = ['locale', 'fallback-locale', 'fallbackLocale']
const SORT_FIELD = /^-?[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/
const SELECT_KEY = /^[A-Za-z0-9_-]+$/

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `select`/`populate`/`joins`: nested objects of field names; leaves are short words (true, false, a number for joins). */
const checkFieldTree = (value: unknown, budget = { left: 500 }, level = 0): boolean => {
  if (typeof value === 'string') return value.length <= 20
  if (!isPlainObject(value) || level > 8) return false
  return Object.entries(value).every(
    ([key, child]) => --budget.left >= 0 && SELECT_KEY.test(key) && checkFieldTree(child, budget, level + 1),
  )
}

export type QueryCheck = { error: string } | { rewrite?: URLSearchParams }

/**
 * Checks the query of a REST request as Payload will read it (same parser, same options), so that
 * a malformed parameter answers 400 instead of being ignored (`limit=abc` returned every
 * document) or reaching the database (`where` with a word for an id answered 500). A page size
 * above the signed-in cap, `limit=0` and `pagination=false` are rewritten to that cap: the answer
 * then says there is a next page.
 */
export const checkRestQuery = (search: string): QueryCheck => {
  if (!search || search === '?') return {}
  const query = qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
  const int = (name: string, min: number): number | undefined | { error: string } => {
    if (!(name in query)) return undefined
    const raw = query[name]
    if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw) || Number(raw) < min)
      return { error: vi.badInteger(name, min) }
    return Number(raw)
  }
  const limit = int('limit', 0)
  if (typeof limit === 'object') return limit
  const page = int('page', 1)
  if (typeof page === 'object') return page
  if (typeof page === 'number' && page > queryLimits.maxPage) return { error: vi.pageTooFar(queryLimits.maxPage) }
  const depth = int('depth', 0)
  if (typeof depth === 'object') return depth
  for (const name of BOOLEAN_PARAMS)
    if (name in query && !['true', 'false'].includes(query[name] as string)) return { error: vi.badBoolean(name) }
  for (const name of LOCALE_PARAMS)
    if (name in query && (typeof query[name] !== 'string' || !/^[A-Za-z_-]{0,20}$/.test(query[name] as string)))
      return { error: vi.badText(name) }
  if ('sort' in query) {
    const raw = query.sort
    const fields = (Array.isArray(raw) ? raw : [raw])
      .flatMap((s) => (typeof s === 'string' ? s.split(',') : [null]))
      .filter((f) => f !== '')
    if (!fields.every((f) => typeof f === 'string' && SORT_FIELD.test(f.trim()))) return { error: vi.badSort }
    if (fields.length > queryLimits.maxSortFields) return { error: vi.tooManySorts(queryLimits.maxSortFields) }
  }
  for (const name of ['select', 'populate', 'joins']) {
    if (name in query && !(name === 'joins' && query[name] === 'false') && !checkFieldTree(query[name]))
      return { error: vi.badSelect(name) }
  }
  if ('where' in query) {
    let where = query.where
    if (typeof where === 'string') {
      try {
        where = where === '' ? undefined : JSON.parse(where)
      } catch {
        return { error: vi.whereNotJson }
      }
    }
    const shape = checkWhereShape(where)
    if ('error' in shape) return shape
  }
  if ('data' in query && typeof query.data === 'string' && query.data !== '') {
    try {
      JSON.parse(query.data)
    } catch {
      return { error: vi.invalidJson }
    }
  }
  // The door knows no user yet: it bounds every request by the signed-in cap; the operation hook
  // (collection-hooks.ts) lowers it for anonymous requests.
  const max = queryLimits.maxLimitSignedIn
  const unpaginated = query.pagination === 'false'
  if (unpaginated || limit === 0 || (limit ?? 0) > max) {
    const rewrite = new URLSearchParams(search)
    rewrite.delete('pagination')
    rewrite.set('limit', String(limit && limit <= max ? limit : max))
    return { rewrite }
  }
  return {}
}
