import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { checkedGraphQLRequest } from '../../../../security/query-limits/graphql-request'

export const POST = checkedGraphQLRequest(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
