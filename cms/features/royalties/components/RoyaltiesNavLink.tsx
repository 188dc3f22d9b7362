'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

type Viewer = { globalRole?: string | null; tenants?: { role?: string | null }[] | null }

/** "Nhuận bút" in the admin's navigation, for the province admin and the chiefs. */
export const RoyaltiesNavLink = () => {
  const { user } = useAuth<Viewer>()
  const { config } = useConfig()
  const pathname = usePathname()
  const chief = user?.tenants?.some((row) => row.role === 'chief')
  if (user?.globalRole !== 'province-admin' && !chief) return null
  const href = `${config.routes.admin}/nhuan-but`
  const active = pathname === href
  return (
    <a className="nav__link" id="nav-nhuan-but" href={href} aria-current={active ? 'page' : undefined}>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Bảng nhuận bút</span>
    </a>
  )
}
