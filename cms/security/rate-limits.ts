/**
 * The counters behind every rate limit (rate-limiter-flexible). Where they are kept:
 * - MongoDB (DATABASE_URI=mongodb://…): in the same database, collection `rate-limits`, so
 *   several servers behind one load balancer share every budget. An in-memory insurance
 *   limiter takes over while MongoDB is unreachable, so logins neither fail nor go unlimited.
 * - SQLite (the default): in this process's memory. A SQLite database is served by one server
 *   process (build workers take no requests), so its memory sees every request; a restart
 *   forgets the counters, which only gives an attacker a fresh window after a restart.
 */
import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterMongo, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { isMongoUri } from '../runtime/database-uri'
import { limits, type Budget } from './config'

export type Limiter = RateLimiterAbstract

/** The Mongo client of Payload's mongoose adapter, when the database is MongoDB. */
const mongoClient = (payload: Payload): { client: unknown; dbName: string } | null => {
  if (!isMongoUri(process.env.DATABASE_URI)) return null
  const connection = (
    payload.db as unknown as {
      connection?: { getClient: () => unknown; db?: { databaseName?: string }; name?: string }
    }
  ).connection
  if (!connection) return null
  return { client: connection.getClient(), dbName: connection.db?.databaseName ?? connection.name ?? 'payload' }
}

const makeLimiter = (payload: Payload, keyPrefix: string, { points, minutes }: Budget): Limiter => {
  // At most 24 days: the memory store expires keys with setTimeout, which cannot wait longer
  // than 2^31 ms (24.8 days) and would fire at once.
  const options = { keyPrefix, points, duration: Math.min(24 * 24 * 60 * 60, Math.max(1, Math.round(minutes * 60))) }
  const mongo = mongoClient(payload)
  if (!mongo) return new RateLimiterMemory(options)
  return new RateLimiterMongo({
    ...options,
    storeClient: mongo.client,
    dbName: mongo.dbName,
    tableName: 'rate-limits',
    insuranceLimiter: new RateLimiterMemory(options),
  })
}

const build = (payload: Payload) => {
  const l = limits()
  return {
    loginFailuresPerAccountAndAddress: makeLimiter(
      payload,
      'login-fail-account-address',
      l.loginFailuresPerAccountAndAddress,
    ),
    loginFailuresPerAccount: makeLimiter(payload, 'login-fail-account', l.loginFailuresPerAccount),
    loginFailuresPerAddress: makeLimiter(payload, 'login-fail-address', l.loginFailuresPerAddress),
    loginsPerAddress: makeLimiter(payload, 'login-address', l.loginsPerAddress),
    knownAddresses: makeLimiter(payload, 'login-known-address', { points: 1, minutes: l.knownAddressDays * 24 * 60 }),
    passwordResetsPerAddress: makeLimiter(payload, 'password-reset-address', l.passwordResetsPerAddress),
    passwordResetsPerAccount: makeLimiter(payload, 'password-reset-account', l.passwordResetsPerAccount),
    questionsPerAddress: makeLimiter(payload, 'question-address', l.questionsPerAddress),
    feedbackPerAddress: makeLimiter(payload, 'feedback-address', l.feedbackPerAddress),
  }
}

export type Limiters = ReturnType<typeof build>

/**
 * One set of counters per Payload instance. Kept on globalThis because this module is loaded
 * twice in the server process (by the server itself and inside the admin's Next bundle, whose
 * GraphQL route runs the bundled hooks): both copies must count in the same place.
 */
const REGISTRY = Symbol.for('commune-sites.rate-limiters')
const processGlobals = globalThis as Record<symbol, unknown>
if (!processGlobals[REGISTRY]) processGlobals[REGISTRY] = new WeakMap<Payload, Limiters>()
const registry = processGlobals[REGISTRY] as WeakMap<Payload, Limiters>
export const limitersFor = (payload: Payload): Limiters => {
  let limiters = registry.get(payload)
  if (!limiters) {
    limiters = build(payload)
    registry.set(payload, limiters)
  }
  return limiters
}

/** Takes one point; the refusal's wait in ms, or null when within budget. Store errors let it through. */
export const take = async (limiter: Limiter, key: string): Promise<number | null> => {
  try {
    await limiter.consume(key)
    return null
  } catch (err) {
    // A refusal is a RateLimiterRes (checked by shape: the bundled copy has its own class).
    const wait = (err as { msBeforeNext?: unknown })?.msBeforeNext
    if (typeof wait === 'number' && !(err instanceof Error)) return Math.max(1000, wait)
    console.error(`rate limiter ${limiter.keyPrefix} failed: ${(err as Error).message}`)
    return null
  }
}

/** Gives a taken point back (the event it reserved did not happen, e.g. a login succeeded). */
export const giveBack = async (limiter: Limiter, key: string): Promise<void> => {
  await limiter
    .reward(key, 1)
    .catch((err: Error) => console.error(`rate limiter ${limiter.keyPrefix} reward failed: ${err.message}`))
}
