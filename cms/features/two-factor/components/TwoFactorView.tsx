import { MinimalTemplate } from '@payloadcms/next/templates'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../../admin-ui/AdminFrame'
import { enrolmentPending } from '../gate'
import { readChallenge } from '../secrets'
import { readState } from '../state'
import { LoginCodeForm } from './LoginCodeForm'
import { TwoFactorPanel } from './TwoFactorPanel'

/**
 * /admin/two-factor. Signed out with a pending challenge: the login's code step. Signed in: the
 * account's own two-factor page (enrol with a QR code, recovery codes, disable).
 */
export const TwoFactorView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) {
    const challenge = (await cookies()).get(`${req.payload.config.cookiePrefix}-two-factor`)?.value
    if (!challenge || !readChallenge(req.payload.secret, challenge)) redirect(`${adminRoute}/login`)
    return (
      <MinimalTemplate>
        <LoginCodeForm />
      </MinimalTemplate>
    )
  }
  const state = await readState(req, req.user.id)
  return (
    <AdminFrame view={view}>
      <TwoFactorPanel
        enabled={Boolean(state?.twoFactorEnabled)}
        recoveryCodesLeft={state?.twoFactorRecoveryCodes?.length ?? 0}
        enrolmentRequired={await enrolmentPending(req)}
        email={state?.email ?? ''}
      />
    </AdminFrame>
  )
}
