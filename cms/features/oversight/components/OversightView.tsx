import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../../admin-ui/AdminFrame'
import { REQUIRED_SECTIONS } from '../required-sections'
import { oversightReport } from '../rows'
import { isRefusal, oversightScope } from '../scope'
import { SCORE_FORMULA } from '../score'
import { OversightDashboard } from './OversightDashboard'
import styles from './OversightView.module.scss'

/**
 * "Giám sát" (/admin/giam-sat): the same rows as GET /api/oversight/communes, read on the server
 * for the asker's scope (province: all communes, viewer: their district's and the communes they
 * follow), then sorted,
 * filtered and charted in the browser. Boards get the refusal, the anonymous the login.
 */
export const OversightView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/giam-sat`)}`)
  const scope = await oversightScope(req, null)
  if (isRefusal(scope))
    return (
      <AdminFrame view={view}>
        <h1>Giám sát</h1>
        <p className={styles.refused} role="alert">
          {scope.message}
        </p>
      </AdminFrame>
    )
  const report = await oversightReport(req, scope)
  return (
    <AdminFrame view={view}>
      <OversightDashboard
        report={report}
        formula={SCORE_FORMULA}
        sections={REQUIRED_SECTIONS.map((s) => ({ ...s }))}
        adminRoute={adminRoute}
        apiRoute={req.payload.config.routes.api}
        wholeProvince={scope.communeIds === null}
        followed={Boolean(scope.followed)}
      />
    </AdminFrame>
  )
}
