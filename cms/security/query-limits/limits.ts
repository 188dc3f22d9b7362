/**
 * The limits on what one API request (REST or GraphQL) may ask of the server. The Local API is
 * trusted (seed, exports, builds, the admin's own server-side views) and is not limited here,
 * except by `maxDepth`, which Payload applies on every door.
 *
 * Every limit can be changed with an environment variable, read once at start.
 */
const positiveInt = (name: string, fallback: number): number => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`)
  return value
}

export const queryLimits = {
  /** Documents per page for anonymous requests. A larger `limit`, `limit=0` or `pagination=false` gets this many (with the next page's number). */
  maxLimit: positiveInt('API_MAX_LIMIT', 100),
  /** The same for signed-in accounts (staff: accountable, audited; the province's scripts list all 156 communes at once). */
  maxLimitSignedIn: positiveInt('API_MAX_LIMIT_SIGNED_IN', 1000),
  /** Relationship levels populated (`depth`); deeper requests get this depth. */
  maxDepth: positiveInt('API_MAX_DEPTH', 3),
  /** Conditions in one `where` (every field/operator pair, at any level). */
  maxWhereClauses: positiveInt('API_MAX_WHERE_CLAUSES', 50),
  /** Nested `and`/`or` levels in one `where`. */
  maxWhereNesting: positiveInt('API_MAX_WHERE_NESTING', 5),
  /** Values in one `in`/`not_in`/`all` list. */
  maxWhereValues: positiveInt('API_MAX_WHERE_VALUES', 200),
  /** Highest page number asked for. */
  maxPage: positiveInt('API_MAX_PAGE', 100_000),
  /** Sort fields in one request. */
  maxSortFields: positiveInt('API_MAX_SORT_FIELDS', 5),
  /** GraphQL cost of one request: documents a list may return times what is selected of each, relationships included. */
  graphqlMaxCost: positiveInt('GRAPHQL_MAX_COST', 5_000),
  /** GraphQL nesting of selections. */
  graphqlMaxDepth: positiveInt('GRAPHQL_MAX_DEPTH', 8),
  /** GraphQL aliases in one request (each alias is one more query run). */
  graphqlMaxAliases: positiveInt('GRAPHQL_MAX_ALIASES', 15),
}
