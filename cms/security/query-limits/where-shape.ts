import { vi } from './messages'
import { queryLimits } from './limits'

/** Payload's operators (payload/dist/types/constants.js); anything else is refused before the database sees it. */
export const WHERE_OPERATORS = new Set([
  'equals',
  'contains',
  'not_equals',
  'in',
  'all',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'within',
  'intersects',
  'near',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
export const GEO_OPERATORS = new Set(['within', 'intersects', 'near'])
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
// GraphQL's DateTime scalar hands dates over as Date objects.
const isScalar = (value: unknown) =>
  value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)

/** `and`/`or` lists: arrays, or the objects with index keys that qs makes of lists longer than its array limit. */
const listItems = (value: unknown): unknown[] | null => {
  if (Array.isArray(value)) return value
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) return Object.values(value)
  return null
}

/** One condition found in a `where`: the field path, the operator and its operand. */
export type WhereCondition = { path: string; operator: string; value: unknown }

/**
 * Checks the shape and size of a `where` (from a REST query, a JSON string or GraphQL
 * arguments): known operators, scalar operands, at most `maxWhereClauses` conditions and
 * `maxWhereNesting` levels of and/or. Answers the Vietnamese reason to refuse it, or the list of
 * its conditions (for the checks that need the collection's fields).
 */
export const checkWhereShape = (where: unknown): { error: string } | { conditions: WhereCondition[] } => {
  const conditions: WhereCondition[] = []
  const walk = (node: unknown, nesting: number, at: string): string | null => {
    if (!isPlainObject(node)) return vi.whereShape(at)
    for (const [key, value] of Object.entries(node)) {
      // GraphQL spells them AND/OR; Payload reads either case.
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') {
        if (nesting + 1 > queryLimits.maxWhereNesting) return vi.whereTooDeep(queryLimits.maxWhereNesting)
        const items = listItems(value)
        if (!items) return vi.whereShape(key)
        for (const item of items) {
          const problem = walk(item, nesting + 1, key)
          if (problem) return problem
        }
        continue
      }
      if (!FIELD_PATH.test(key) || key.length > 200) return vi.whereShape(key.slice(0, 60))
      if (!isPlainObject(value)) return vi.whereShape(key)
      for (const [operator, operand] of Object.entries(value)) {
        if (!WHERE_OPERATORS.has(operator)) return vi.whereOperator(key, operator.slice(0, 40))
        if (conditions.length + 1 > queryLimits.maxWhereClauses) return vi.whereTooMany(queryLimits.maxWhereClauses)
        if (LIST_OPERATORS.has(operator)) {
          const items = typeof operand === 'string' ? operand.split(',') : (listItems(operand) ?? [operand])
          if (items.length > queryLimits.maxWhereValues) return vi.whereTooManyValues(key, queryLimits.maxWhereValues)
          if (!items.every(isScalar)) return vi.whereShape(`${key}.${operator}`)
        } else if (!GEO_OPERATORS.has(operator) && !isScalar(operand)) return vi.whereShape(`${key}.${operator}`)
        conditions.push({ path: key, operator, value: operand })
      }
    }
    return null
  }
  const error = where === undefined || where === null ? null : walk(where, 0, 'where')
  return error ? { error } : { conditions }
}
