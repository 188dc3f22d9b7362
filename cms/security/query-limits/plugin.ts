import type { Plugin } from 'payload'
import { limitApiOperation } from './collection-hooks'
import { vietnameseErrors } from './error-messages'
import { graphqlLimitRules } from './graphql-rules'
import { queryLimits } from './limits'

/**
 * Limits what one REST or GraphQL request may ask of the server (page size, depth, `where`,
 * GraphQL cost/depth/aliases) and answers bad requests with 4xx in Vietnamese. The REST query
 * itself is checked earlier, by the Express middleware of http.ts.
 */
export const queryLimitsPlugin = (): Plugin => (config) => {
  const ownRules = config.graphQL?.validationRules
  return {
    ...config,
    // Payload caps `depth` to this on every door, the Local API included (nothing here asks more).
    maxDepth: queryLimits.maxDepth,
    // A refused request is the client's doing: one info line, not an error with a stack.
    loggingLevels: { ...config.loggingLevels, RefusedRequest: 'info' },
    graphQL: {
      ...config.graphQL,
      // Payload's own rule counts fields, not documents, and refuses in English; ours replaces it.
      maxComplexity: Number.MAX_SAFE_INTEGER,
      validationRules: (args) => [...graphqlLimitRules(args), ...(ownRules ? ownRules(args) : [])],
    },
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), vietnameseErrors] },
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [limitApiOperation, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  }
}
