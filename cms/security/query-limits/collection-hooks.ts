import { NotFound, type CollectionBeforeOperationHook } from 'payload'
import { queryLimits } from './limits'
import { vi } from './messages'
import { RefusedRequest } from './refused'
import { checkWhereShape } from './where-shape'
import { checkWhereValues, isImpossibleId } from './where-values'

type ListArgs = { where?: unknown; limit?: number; pagination?: boolean; page?: number; id?: unknown; data?: unknown }

const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Every operation asked through REST or GraphQL (not the trusted Local API): page size capped
 * (a larger `limit`, `limit: 0` or `pagination: false` get `maxLimit` documents, `maxLimitSignedIn`
 * for a signed-in account, with the next page's number), `where` checked for size and for operands the database could not compare, ids
 * that cannot exist answered 404, and bodies that are not a JSON object refused, before the
 * database is asked anything.
 */
export const limitApiOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const a = args as ListArgs
  if ('id' in a && a.id !== undefined && isImpossibleId(req.payload, collection.slug, a.id)) throw new NotFound(req.t)
  // No body, or JSON that is not an object ("text", [..]), reached the field hooks as no data (500).
  if (['create', 'update'].includes(operation) && !isPlainObject(a.data) && !(a.data === undefined && req.file))
    throw new RefusedRequest(vi.bodyNotObject, 'body is not a JSON object')
  if (a.where !== undefined) {
    const shape = checkWhereShape(a.where)
    if ('error' in shape) throw new RefusedRequest(shape.error, 'where shape or size')
    const problem = checkWhereValues(req.payload, collection, shape.conditions)
    if (problem) throw new RefusedRequest(problem, 'where operand the field cannot take')
  }
  if (operation === 'read' || operation === 'readDistinct') {
    const max = req.user ? queryLimits.maxLimitSignedIn : queryLimits.maxLimit
    if (a.pagination === false || a.limit === 0 || (typeof a.limit === 'number' && a.limit > max)) {
      a.limit = max
      a.pagination = true
    }
    if (typeof a.page === 'number' && a.page > queryLimits.maxPage)
      throw new RefusedRequest(vi.pageTooFar(queryLimits.maxPage), 'page number too high')
  }
  return args
}
