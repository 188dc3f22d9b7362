import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { THEMES } from '../../../../themes/index'
import { isProvinceAdmin } from '../../../access/roles'
import { AdminFrame } from '../../../admin-ui/AdminFrame'
import { ProvisionForm } from './ProvisionForm'
import { sitesDomain } from '../../../../contract/site-urls'

/** Where the view lives under the admin route (registered in cms/payload.config.ts). */
export const PROVISION_VIEW_PATH = '/provision'

/**
 * The admin's "new commune" page (/admin/provision), inside the admin's own frame (navigation,
 * header). Payload lets anyone reach a custom view: the
 * anonymous are sent to the login, and anyone but the province admin gets a refusal without
 * the form (the endpoint refuses them anyway). The form itself is a client component.
 */
export const ProvisionView = (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${PROVISION_VIEW_PATH}`)}`)
  return (
    <AdminFrame view={view}>
      <ProvisionForm
        allowed={isProvinceAdmin(req.user)}
        themes={THEMES.map((t) => ({ number: t.number, name: t.name }))}
        sitesDomain={sitesDomain()}
      />
    </AdminFrame>
  )
}
