'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

/** "Sắp xếp đơn vị hành chính" in the admin's navigation, for the province admin only. */
export const ReorganisationNavLink = () => {
  const { user } = useAuth<{ globalRole?: string | null }>()
  const { config } = useConfig()
  const pathname = usePathname()
  if (user?.globalRole !== 'province-admin') return null
  const href = `${config.routes.admin}/sap-xep`
  const active = pathname === href
  return (
    <a className="nav__link" id="nav-sap-xep" href={href} aria-current={active ? 'page' : undefined}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Sắp xếp đơn vị hành chính</span>
    </a>
  )
}
