import { vi } from './messages'

/** Payload's GraphQL route handler (GRAPHQL_POST(config)). */
type RouteHandler = (request: Request) => Promise<Response>

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * Wraps Payload's GraphQL route: a body that is not a JSON object with a `query` string answers
 * 400 in Vietnamese (malformed JSON escaped Payload's handler as an empty 500). The body is read
 * from a clone; Payload reads the original.
 */
export const checkedGraphQLRequest =
  (handler: RouteHandler): RouteHandler =>
  async (request) => {
    if ((request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase() !== 'application/json')
      return refuse(415, vi.graphqlBody)
    let body: unknown
    try {
      body = JSON.parse(await request.clone().text())
    } catch {
      return refuse(400, vi.invalidJson)
    }
    if (
      typeof body !== 'object' ||
      body === null ||
      Array.isArray(body) ||
      typeof (body as { query?: unknown }).query !== 'string'
    )
      return refuse(400, vi.graphqlBody)
    const variables = (body as { variables?: unknown }).variables
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables)))
      return refuse(400, vi.graphqlBody)
    return inVietnamese(await handler(request))
  }

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

/**
 * graphql-js refuses a malformed query (syntax, unknown field, wrong argument type) before
 * Payload's error hook could translate it, in English and with no `data`: those answers get a
 * Vietnamese lead. Answers with data pass unchanged.
 */
const inVietnamese = async (response: Response): Promise<Response> => {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.text()
  const rebuilt = (body: string) => {
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(body, { status: response.status, statusText: response.statusText, headers })
  }
  if (!text.startsWith('{"errors"')) return rebuilt(text)
  const body = JSON.parse(text) as { errors?: { message?: string }[] }
  const errors = (body.errors ?? []).map((e) =>
    typeof e.message === 'string' && !VIETNAMESE.test(e.message) ? { ...e, message: vi.graphqlInvalid(e.message) } : e,
  )
  return rebuilt(JSON.stringify({ ...body, errors }))
}
