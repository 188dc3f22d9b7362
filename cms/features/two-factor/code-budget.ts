import { RateLimiterMemory } from 'rate-limiter-flexible'

/**
 * Wrong codes per account across challenges. A challenge takes 5 codes, but someone who has the
 * password can ask for new challenges; this budget stops them after TWO_FACTOR_FAILURES_PER_ACCOUNT
 * wrong codes (default 10) in TWO_FACTOR_FAILURE_MINUTES (default 15), whatever their address.
 * Only a holder of the password can spend it. Counted in this process's memory (one server per
 * SQLite database; with several servers on MongoDB each server counts its own).
 */
const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const store = globalThis as { __twoFactorFailures?: RateLimiterMemory }
const limiter = (): RateLimiterMemory =>
  (store.__twoFactorFailures ??= new RateLimiterMemory({
    keyPrefix: 'two-factor-failures',
    points: positive('TWO_FACTOR_FAILURES_PER_ACCOUNT', 10),
    duration: Math.round(positive('TWO_FACTOR_FAILURE_MINUTES', 15) * 60),
  }))

type Account = { id: string | number; email: string }
/** By id and email: SQLite reuses the id of a deleted account. */
const keyOf = (account: Account) => `${String(account.id)}:${account.email}`

/** Milliseconds to wait when the account's budget of wrong codes is spent, else null. */
export const codeBudgetSpent = async (account: Account): Promise<number | null> => {
  const res = await limiter().get(keyOf(account))
  return res && res.consumedPoints >= limiter().points ? Math.max(1000, res.msBeforeNext) : null
}

export const countWrongCode = async (account: Account): Promise<void> => {
  await limiter().penalty(keyOf(account), 1)
}

/** A right code (or a new enrolment) wipes the count: the budget is for consecutive failures. */
export const forgetWrongCodes = async (account: Account): Promise<void> => {
  await limiter().delete(keyOf(account))
}
