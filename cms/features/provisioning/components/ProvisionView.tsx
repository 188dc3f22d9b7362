import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { THEMES } from '../../../../themes/index'
import { isProvinceAdmin } from '../../../access/roles'
import { ProvisionForm } from './ProvisionForm'
import { sitesDomain } from '../../../../contract/site-urls'

/** Where the view lives under the admin route (registered in cms/payload.config.ts). */
export const PROVISION_VIEW_PATH = '/provision'

/**
 * The admin's "new commune" page (/admin/provision), inside the admin's own frame (navigation,
 * header) as Payload's DefaultTemplate gives it. Payload lets anyone reach a custom view: the
 * anonymous are sent to the login, and anyone but the province admin gets a refusal without
 * the form (the endpoint refuses them anyway). The form itself is a client component.
 */
export const ProvisionView = ({ initPageResult, params, searchParams, user }: AdminViewServerProps) => {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${PROVISION_VIEW_PATH}`)}`)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      // Copies: React 19 refuses the read-only arrays of initPageResult (as Payload's RootPage notes).
      visibleEntities={{ collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }}
    >
      <Gutter>
        <ProvisionForm
          allowed={isProvinceAdmin(req.user)}
          themes={THEMES.map((t) => ({ number: t.number, name: t.name }))}
          sitesDomain={sitesDomain()}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
