import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { retryText } from './config'
import { giveBack, limitersFor, take, type Limiters } from './rate-limits'

/** Anonymous writes of the public sites, each with its budget per address. */
export const PUBLIC_WRITES: { method: string; path: string; limiter: keyof Limiters; accepted: number; message: (wait: string) => string }[] = [
  {
    method: 'POST',
    path: '/api/questions/submit',
    limiter: 'questionsPerAddress',
    accepted: 201,
    message: (wait) => `Câu hỏi: đã gửi quá nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau ${wait}.`,
  },
]

/**
 * Per-address budgets of the public writes. A point is reserved before the request runs (so a
 * burst in parallel cannot overrun it) and given back unless the write was accepted: a form
 * refused for a missing field costs the citizen nothing.
 */
export const publicWriteLimits = (payload: Payload): RequestHandler => (req, res, next) => {
  const rule = PUBLIC_WRITES.find((r) => r.method === req.method && r.path === req.path)
  if (!rule) return next()
  const limiter = limitersFor(payload)[rule.limiter]
  const address = req.ip ?? 'unknown'
  take(limiter, address)
    .then((wait) => {
      if (wait === null) {
        res.once('finish', () => {
          if (res.statusCode !== rule.accepted) void giveBack(limiter, address)
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
