import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { GraphQLError, type ExecutionArgs, type ValidationContext, type ValidationRule } from 'graphql'
import { createComplexityRule, type ComplexityEstimator } from 'graphql-query-complexity'
import { queryLimits } from './limits'
import { vi } from './messages'

/** Payload's default page size for a list asked without `limit`. */
const DEFAULT_PAGE = 10

/**
 * The cost counts documents: a list field (any field taking `limit`: `Posts`, `versionsPosts`,
 * join fields) costs the documents it may return — its `limit`, capped as the operation caps it
 * (`limit: 0` or `pagination: false` count as the cap) — times what is selected of each document,
 * relationships included; a relationship costs one more document read; every other field costs
 * 1 plus its selection.
 */
export const documentCost =
  (maxLimit: number): ComplexityEstimator =>
  ({ field, args, childComplexity }) => {
    // Payload marks relationship and upload fields with a complexity of their own (10).
    if (!field.args.some((a) => a.name === 'limit'))
      return (typeof field.extensions?.complexity === 'number' ? 2 : 1) + childComplexity
    const asked = typeof args.limit === 'number' ? args.limit : DEFAULT_PAGE
    const documents = args.pagination === false || asked <= 0 || asked > maxLimit ? maxLimit : asked
    return 1 + documents * Math.max(childComplexity, 1)
  }

/** What both graphql-armor rules accept. */
type ArmorOptions = NonNullable<Parameters<typeof maxDepthRule>[0]> & NonNullable<Parameters<typeof maxAliasesRule>[0]>

/** A rule whose refusal is our own Vietnamese message (the libraries' messages are English). */
const refusingWith =
  (
    rule: (options: ArmorOptions) => (context: ValidationContext) => unknown,
    n: number,
    message: string,
  ): ValidationRule =>
  (context) =>
    rule({
      n,
      exposeLimits: false,
      propagateOnRejection: false,
      onReject: [(ctx) => ctx?.reportError(new GraphQLError(message))],
    })(context) as ReturnType<ValidationRule>

/** The validation rules Payload adds to its own (config.graphQL.validationRules): cost, depth, aliases. */
export const graphqlLimitRules = (args: ExecutionArgs): ValidationRule[] => [
  createComplexityRule({
    maximumComplexity: queryLimits.graphqlMaxCost,
    variables: args.variableValues ?? {},
    // Payload's GraphQL context carries the request, signed in or not: the page cap it will get.
    estimators: [
      documentCost(
        (args.contextValue as { req?: { user?: unknown } } | undefined)?.req?.user
          ? queryLimits.maxLimitSignedIn
          : queryLimits.maxLimit,
      ),
    ],
    createError: (max, actual) => new GraphQLError(vi.graphqlCost(actual, max)),
  }),
  refusingWith(maxDepthRule, queryLimits.graphqlMaxDepth, vi.graphqlDepth(queryLimits.graphqlMaxDepth)),
  refusingWith(maxAliasesRule, queryLimits.graphqlMaxAliases, vi.graphqlAliases(queryLimits.graphqlMaxAliases)),
]
