'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

type Viewer = { globalRole?: string | null; tenants?: unknown[] | null }

/** "Tin từ tỉnh" in the admin's navigation, for the province admin and every board member. */
export const SyndicationNavLink = () => {
  const { user } = useAuth<Viewer>()
  const { config } = useConfig()
  const pathname = usePathname()
  if (user?.globalRole !== 'province-admin' && !user?.tenants?.length) return null
  const href = `${config.routes.admin}/tin-tu-tinh`
  const active = pathname === href
  return (
    <a className="nav__link" id="nav-tin-tu-tinh" href={href} aria-current={active ? 'page' : undefined}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Tin từ tỉnh</span>
    </a>
  )
}
