'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, type ReactNode } from 'react'

/**
 * When the province requires two-factor sign-in of province admins, one who has not enrolled is
 * taken to the set-up page wherever they go in the admin (the server refuses them everything
 * else anyway; this only spares them empty screens).
 */
export const EnrolmentGate = ({ children }: { children?: ReactNode }) => {
  const { user } = useAuth<{ globalRole?: string; twoFactorEnabled?: boolean }>()
  const { config } = useConfig()
  const pathname = usePathname()
  const router = useRouter()
  const target = `${config.routes.admin}/two-factor`
  const candidate = Boolean(user && user.globalRole === 'province-admin' && !user.twoFactorEnabled)

  useEffect(() => {
    if (!candidate || pathname === target || pathname.startsWith(`${config.routes.admin}/logout`)) return
    let cancelled = false
    void fetch(`${config.serverURL ?? ''}${config.routes.api}/users/two-factor`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((status: { enrolmentRequired?: boolean } | null) => {
        if (!cancelled && status?.enrolmentRequired) router.replace(target)
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [candidate, pathname, target, router, config])

  return <>{children}</>
}
