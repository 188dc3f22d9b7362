import { createHash, randomBytes } from 'node:crypto'
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { retryText } from './config'
import { giveBack, limitersFor, take, type Limiters } from './rate-limits'

/** Anonymous requests with a budget per address: the public sites' writes, the two-factor code step. */
/** `costs`: whether an answer keeps the point it reserved (the others give it back). */
export const PUBLIC_WRITES: {
  method: string
  path: string
  limiter: keyof Limiters
  costs: (status: number) => boolean
  message: (wait: string) => string
  hashAddress?: boolean
}[] = [
  {
    method: 'POST',
    path: '/api/questions/submit',
    limiter: 'questionsPerAddress',
    // A stored question; a form refused for a missing field costs the citizen nothing.
    costs: (status) => status === 201,
    message: (wait) => `Câu hỏi: đã gửi quá nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau ${wait}.`,
  },
  {
    // "Trang này có hữu ích không?" (cms/features/page-feedback): a checked rating costs a point.
    method: 'POST',
    path: '/api/page-feedback/submit',
    limiter: 'feedbackPerAddress',
    costs: (status) => status !== 400,
    message: (wait) => `Đánh giá trang: đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${wait}.`,
    // Counted under a salted hash of the address: no address is kept in clear, even in memory.
    hashAddress: true,
  },
  {
    // The two-factor code step (cms/plugins/two-factor): a wrong code is a failed login of the
    // address, so re-running the password step for fresh challenges cannot multiply guesses.
    method: 'POST',
    path: '/api/users/login/2fa',
    limiter: 'loginFailuresPerAddress',
    costs: (status) => status !== 200,
    message: (wait) => `Đăng nhập: đã thử quá nhiều lần. Vui lòng thử lại sau ${wait}.`,
  },
]

/** A salt drawn at start: the hashes cannot be reversed by trying every IPv4 address offline. */
const SALT = randomBytes(16)
const hashedAddress = (address: string) => createHash('sha256').update(SALT).update(address).digest('base64url')

const isPlainForm = (contentType: string | undefined) =>
  /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType ?? '')

/** The refusal for a site's plain form (no JavaScript): a page, not JSON. */
const refusalPage = (message: string) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Vui lòng thử lại sau</title><p>${message}</p><p><a href="/">Về trang chủ</a></p></html>`

/**
 * Per-address budgets of these requests. A point is reserved before the request runs (so a
 * burst in parallel cannot overrun it) and given back when the answer does not cost one.
 */
export const publicWriteLimits =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const rule = PUBLIC_WRITES.find((r) => r.method === req.method && r.path === req.path)
    if (!rule) return next()
    const limiter = limitersFor(payload)[rule.limiter]
    const address = rule.hashAddress ? hashedAddress(req.ip ?? 'unknown') : (req.ip ?? 'unknown')
    take(limiter, address)
      .then((wait) => {
        if (wait === null) {
          res.once('finish', () => {
            if (!rule.costs(res.statusCode)) void giveBack(limiter, address)
          })
          return next()
        }
        const seconds = Math.ceil(wait / 1000)
        console.warn(`rate limit: ${req.method} ${req.path} refused for ${address} for ${seconds} s`)
        const message = rule.message(retryText(wait))
        res.setHeader('Retry-After', String(seconds))
        if (isPlainForm(req.headers['content-type'])) return res.status(429).type('html').send(refusalPage(message))
        res.status(429).json({ message, errors: [{ message }] })
      })
      .catch(next)
  }
