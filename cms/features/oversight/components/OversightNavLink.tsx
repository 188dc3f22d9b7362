'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

type Viewer = { globalRole?: string | null; district?: unknown }

/** "Giám sát" in the admin's navigation, for the province admin and the district viewers only. */
export const OversightNavLink = () => {
  const { user } = useAuth<Viewer>()
  const { config } = useConfig()
  const pathname = usePathname()
  const role = user?.globalRole
  if (role !== 'province-admin' && !(role === 'district-viewer' && user?.district)) return null
  const href = `${config.routes.admin}/giam-sat`
  const active = pathname === href
  return (
    <a className="nav__link" id="nav-giam-sat" href={href} aria-current={active ? 'page' : undefined}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Giám sát</span>
    </a>
  )
}
