import { useEffect, useState } from 'react'
import { loadTargets, type Targets } from './targets'

export type TargetsState = { targets: Targets | null; failed: boolean }

/** The commune's lists for the menu editor, once the settings' commune is known. */
export const useTargets = (apiBase: string, tenant: unknown): TargetsState => {
  const [state, setState] = useState<TargetsState>({ targets: null, failed: false })
  useEffect(() => {
    const id = tenant && typeof tenant === 'object' ? (tenant as { id?: unknown }).id : tenant
    if (typeof id !== 'string' && typeof id !== 'number') return
    let current = true
    loadTargets(apiBase, id).then(
      (targets) => current && setState({ targets, failed: false }),
      () => current && setState({ targets: null, failed: true }),
    )
    return () => {
      current = false
    }
  }, [apiBase, tenant])
  return state
}
