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
    // The two-factor code step (cms/plugins/two-factor): a wrong code is a failed login of the
    // address, so re-running the password step for fresh challenges cannot multiply guesses.
    method: 'POST',
    path: '/api/users/login/2fa',
    limiter: 'loginFailuresPerAddress',
    costs: (status) => status !== 200,
    message: (wait) => `Đăng nhập: đã thử quá nhiều lần. Vui lòng thử lại sau ${wait}.`,
  },
]

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
    const address = req.ip ?? 'unknown'
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
        res.status(429).json({ message, errors: [{ message }] })
      })
      .catch(next)
  }
