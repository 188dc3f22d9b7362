export { apiRequestLimits } from './http'
export { checkedGraphQLRequest } from './graphql-request'
export { queryLimitsPlugin } from './plugin'
export { queryLimits } from './limits'
