import type { AfterErrorHook } from 'payload'
import { vi } from './messages'

type AnyError = Error & {
  status?: number
  data?: { errors?: unknown }
  cause?: unknown
  originalError?: AnyError
  code?: string
  vietnamese?: string
}

/** Causes the database reports for an operand it cannot use: the client's fault, not the server's. */
const BAD_OPERAND = [
  /Only finite numbers/i,
  /cannot be passed as argument/i,
  /Cast to \w+ failed/i,
  /input must be a 24 character hex string/i,
  /BSONError/i,
  /operators\[queryOperator\] is not a function/i,
]

const causes = (error: AnyError | undefined): AnyError[] => {
  const chain: AnyError[] = []
  for (let e = error; e && chain.length < 5; e = (e.cause ?? e.originalError) as AnyError | undefined) chain.push(e)
  return chain
}

/** Payload's English messages a person may see, and what they say in Vietnamese. */
const ENGLISH: [RegExp, string | ((m: RegExpMatchArray) => string)][] = [
  [/^Invalid JSON$/, vi.invalidJson],
  [/^Missing ID of version\.?$/, vi.missingVersionId],
  [/^Missing 'where' query of documents to delete\.?$/, vi.missingWhereToDelete],
  [/^Missing 'where' query of documents to update\.?$/, vi.missingWhereToUpdate],
  [/^The following paths? cannot be queried: (.+)$/, (m) => vi.unknownPath(m[1]!)],
  [/^Not Found$/i, vi.notFound],
  [/^Bad Request$/i, vi.badRequest],
  [/^Something went wrong\.?$/, vi.serverError],
  [/^An unknown error occurred\.?$/, vi.serverError],
]

/** The Vietnamese message and status for an error, or null to leave it as Payload made it. */
export const translateError = (
  error: AnyError,
  message: string | undefined,
  status: number,
): { message: string; status: number } | null => {
  const chain = causes(error)
  const refused = chain.find((e) => typeof e.vietnamese === 'string')
  if (refused) return { message: refused.vietnamese!, status }
  if (status >= 500 && chain.some((e) => e instanceof SyntaxError || e.name === 'SyntaxError'))
    return { message: vi.invalidJson, status: 400 }
  if (
    status >= 500 &&
    chain.some(
      (e) =>
        BAD_OPERAND.some((re) => re.test(`${e.name}: ${e.message}`)) ||
        e.name === 'CastError' ||
        e.name === 'BSONError',
    )
  )
    return { message: vi.badRequest, status: 400 }
  const validation = chain.find((e) => e.name === 'ValidationError' && Array.isArray(e.data?.errors))
  if (validation) {
    const fields = ((validation.data?.errors ?? []) as { label?: unknown; path?: string; message?: string }[]).map(
      (f) => `${typeof f.label === 'string' ? f.label : f.path}${f.message ? ` (${f.message})` : ''}`,
    )
    return { message: vi.invalidField(fields.join('; ')), status }
  }
  if (!message) return null
  for (const [pattern, replacement] of ENGLISH) {
    const match = message.match(pattern)
    if (match)
      return {
        message: typeof replacement === 'string' ? replacement : replacement(match),
        status: status >= 500 && replacement !== vi.serverError ? 400 : status,
      }
  }
  return null
}

/**
 * Errors of REST and GraphQL requests reach people in Vietnamese, and a bad operand that the
 * database refused answers 400, not 500. The log keeps Payload's English original.
 */
export const vietnameseErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const err = error as AnyError
  if (graphqlResult) {
    const status = (graphqlResult.extensions?.statusCode as number | undefined) ?? err.originalError?.status ?? 500
    const translated = translateError(err.originalError ?? err, graphqlResult.message, status)
    if (!translated) return
    return {
      graphqlResult: {
        ...graphqlResult,
        message: translated.message,
        extensions: { ...graphqlResult.extensions, statusCode: translated.status },
      },
    }
  }
  if (!result) return
  const status = err.status ?? 500
  const first = result.errors?.[0] as { message?: string } | undefined
  const translated = translateError(err, first?.message, status)
  if (!translated) return
  return {
    response: {
      ...result,
      errors: (result.errors ?? [{}]).map((e, i) => (i === 0 ? { ...e, message: translated.message } : e)),
    },
    status: translated.status,
  }
}
