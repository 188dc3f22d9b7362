'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

type Viewer = { globalRole?: string | null; district?: unknown; viewerCommunes?: unknown[] | null }

/** "Giám sát" in the admin's navigation, for the province admin and the viewers (of a district or chosen communes) only. */
export const OversightNavLink = () => {
  const { user } = useAuth<Viewer>()
  const { config } = useConfig()
  const pathname = usePathname()
  const role = user?.globalRole
  const viewer = role === 'district-viewer' && Boolean(user?.district || user?.viewerCommunes?.length)
  if (role !== 'province-admin' && !viewer) return null
  const href = `${config.routes.admin}/giam-sat`
  const active = pathname === href
  return (
    <a className="nav__link" id="nav-giam-sat" href={href} aria-current={active ? 'page' : undefined}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Giám sát</span>
    </a>
  )
}
