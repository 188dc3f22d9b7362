/**
 * The door of the Express server: everything checked before Next (the admin and the API) sees
 * a request. Attached by cms/server.ts in one line; the login budgets live inside Payload
 * (auth-throttle.ts, attached as a plugin) so that every API door counts them.
 */
import type { Express } from 'express'
import type { Payload } from 'payload'
import { bodyLimits } from './body-limits'
import { limits } from './config'
import { trustedForwardedHeaders } from './forwarded-headers'
import { originCheck } from './origin-check'
import { publicWriteLimits } from './public-writes'
import { responseAdjustments } from './response-adjustments'
import { securityHeaders } from './response-headers'

export const guardTheDoor = (app: Express, payload: Payload): void => {
  const uploadBytes = payload.config.upload?.limits?.fileSize ?? 30 * 1024 * 1024
  app.use(trustedForwardedHeaders)
  app.use(securityHeaders)
  app.use(responseAdjustments)
  app.use(bodyLimits(limits(), uploadBytes))
  app.use(originCheck(`${payload.config.cookiePrefix || 'payload'}-token`))
  app.use(publicWriteLimits(payload))
}
