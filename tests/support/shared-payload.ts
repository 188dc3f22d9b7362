import type { Payload } from 'payload'
import { inject } from 'vitest'

/**
 * A Local API in this test process on the test server's own database (a second process on
 * the same SQLite file, as a separate build worker would be): for what no API door shows,
 * such as the build queue.
 */
export const sharedPayload = async (): Promise<Payload> => {
  process.env.DATA_DIR = inject('dataDir')
  process.env.JOBS_AUTORUN = 'false'
  if (process.env.MONGODB_TEST_URI) process.env.DATABASE_URI = process.env.MONGODB_TEST_URI
  const { bootPayload } = await import('../../cms/boot')
  return bootPayload()
}

/** Polls `check` until it returns a truthy value (or the time runs out, naming `what`). */
export const waitFor = async <T>(
  what: string,
  check: () => Promise<T>,
  timeoutMs = 60_000,
): Promise<NonNullable<T>> => {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value as NonNullable<T>
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
