import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { sitesDomain } from '../../../../contract/site-urls'
import { isProvinceAdmin } from '../../../access/roles'
import { AdminFrame } from '../../../admin-ui/AdminFrame'
import { currentRunStatus, readCurrentPlan } from '../current-plan'
import { ReorganisationDashboard } from './ReorganisationDashboard'
import styles from './ReorganisationView.module.scss'

/**
 * "Sắp xếp đơn vị hành chính" (/admin/sap-xep): the current plan (its summary, the new units, the
 * problems with what the plan does about them), the buttons that plan, apply (all or one unit)
 * and schedule, and the progress of the run. The province admin only: the anonymous get the
 * login, everyone else a refusal (the endpoints refuse them too).
 */
export const ReorganisationView = (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/sap-xep`)}`)
  if (!isProvinceAdmin(req.user))
    return (
      <AdminFrame view={view}>
        <h1>Sắp xếp đơn vị hành chính</h1>
        <p className={styles.refused} role="alert">
          Chỉ quản trị tỉnh được sắp xếp đơn vị hành chính.
        </p>
      </AdminFrame>
    )
  return (
    <AdminFrame view={view}>
      <ReorganisationDashboard
        initialPlan={readCurrentPlan()}
        initialStatus={currentRunStatus()}
        apiRoute={req.payload.config.routes.api}
        sitesDomain={sitesDomain()}
      />
    </AdminFrame>
  )
}
