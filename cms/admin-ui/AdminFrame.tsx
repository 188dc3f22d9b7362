import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/**
 * A custom admin view inside the admin's own frame (navigation, header), as Payload's
 * DefaultTemplate gives it, with the usual page margins. Every feature view uses it.
 */
export const AdminFrame = ({
  view: { initPageResult, params, searchParams, user },
  children,
}: {
  view: AdminViewServerProps
  children: ReactNode
}) => {
  const { req, locale, permissions, visibleEntities } = initPageResult
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
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
