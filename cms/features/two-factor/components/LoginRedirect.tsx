import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Payload } from 'payload'
import { readChallenge } from '../secrets'

/**
 * Rendered above Payload's login form. The login answers a two-factor account with a challenge
 * (in an HttpOnly cookie) instead of a session; Payload's form then returns to the login page,
 * and this sends the person on to the code step while the challenge is valid.
 */
export const LoginRedirect = async ({ payload }: { payload: Payload }) => {
  const value = (await cookies()).get(`${payload.config.cookiePrefix}-two-factor`)?.value
  if (value && readChallenge(payload.secret, value)) redirect(`${payload.config.routes.admin}/two-factor`)
  return null
}
