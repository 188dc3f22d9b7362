/**
 * Every limit of the door (rates, body sizes, trusted origins), read from the environment once.
 * Each has a default sized for real offices: a commune office or a district hall may sit behind
 * one public address, and citizens on mobile networks share carrier addresses (CGNAT), so
 * per-address budgets are larger than per-account ones.
 */

const positiveNumber = (name: string, fallback: number): number => {
  const raw = process.env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) {
    console.warn(`${name}="${raw}" is not a positive number; using the default ${fallback}`)
    return fallback
  }
  return value
}

/** A budget: at most `points` events per `minutes` for one key (address, account or both). */
export type Budget = { points: number; minutes: number }

const budget = (name: string, points: number, minutes: number): Budget => ({
  points: Math.floor(positiveNumber(name, points)),
  minutes: positiveNumber(`${name}_MINUTES`, minutes),
})

export const limits = () => ({
  /** Failed logins for one account from one address (then that address must wait, not others). */
  loginFailuresPerAccountAndAddress: budget('LIMIT_LOGIN_FAILURES_PER_ACCOUNT_ADDRESS', 5, 15),
  /**
   * Failed logins for one account from addresses it has not signed in from lately: a spread-out
   * guessing campaign stops here, while the owner's usual addresses keep their own budget above.
   */
  loginFailuresPerAccount: budget('LIMIT_LOGIN_FAILURES_PER_ACCOUNT', 30, 15),
  /** Failed logins from one address, whatever the account (a whole office shares it). */
  loginFailuresPerAddress: budget('LIMIT_LOGIN_FAILURES_PER_ADDRESS', 50, 15),
  /** Login requests from one address, successful or not. */
  loginsPerAddress: budget('LIMIT_LOGINS_PER_ADDRESS', 600, 15),
  /** How long an address where an account signed in stays "known" to that account (at most 24 days). */
  knownAddressDays: Math.min(24, positiveNumber('LIMIT_KNOWN_ADDRESS_DAYS', 14)),
  /** Forgot-password and reset-password requests from one address. */
  passwordResetsPerAddress: budget('LIMIT_PASSWORD_RESETS_PER_ADDRESS', 10, 15),
  /** Forgot-password mails for one account (whoever asks). */
  passwordResetsPerAccount: budget('LIMIT_PASSWORD_RESETS_PER_ACCOUNT', 5, 60),
  /** Citizens' questions accepted from one address (a refused form costs nothing). */
  questionsPerAddress: budget('LIMIT_QUESTIONS_PER_ADDRESS', 10, 10),
  /** Citizens' page ratings ("Trang này có hữu ích không?") from one address (carriers' CGNAT: generous). */
  feedbackPerAddress: budget('LIMIT_FEEDBACK_PER_ADDRESS', 30, 10),
  /** JSON, form and other non-upload bodies of /api. */
  bodyBytes: positiveNumber('LIMIT_BODY_KB', 1024) * 1024,
  /** GraphQL request bodies (queries and variables). */
  graphqlBodyBytes: positiveNumber('LIMIT_GRAPHQL_BODY_KB', 100) * 1024,
})

export type Limits = ReturnType<typeof limits>

/** Origins besides the server's own and ADMIN_URL allowed to send cookie-authenticated writes. */
export const trustedOrigins = (): string[] =>
  [process.env.ADMIN_URL, ...(process.env.CSRF_TRUSTED_ORIGINS ?? '').split(',')]
    .map((value) => value?.trim())
    .filter((value): value is string => Boolean(value))
    .flatMap((value) => {
      try {
        return [new URL(value).origin]
      } catch {
        console.warn(`"${value}" (ADMIN_URL or CSRF_TRUSTED_ORIGINS) is not a URL; ignored`)
        return []
      }
    })

/** "Thử lại sau 3 phút" from milliseconds, never "0 phút". */
export const retryText = (ms: number): string => {
  const seconds = Math.max(1, Math.ceil(ms / 1000))
  return seconds < 90 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`
}
