/**
 * Commune changes made in this process, told to whoever serves from them (the sites server's
 * host table), so the features that change communes need not know who listens: a suspended or
 * removed commune's site stops being served before the change is even answered.
 */

/** The fields of a commune that decide what its host names serve. */
export type ChangedCommune = {
  id: number | string
  slug?: string | null
  name: string
  status?: string | null
  domains?: { domain: string }[] | null
  matomoSiteId?: number | null
  updatedAt?: string | null
}

/** `commune` is null when the commune was removed. */
export type CommuneChange = { id: number | string; commune: ChangedCommune | null }
type Listener = (change: CommuneChange) => void

/**
 * Listeners by name, kept on the process's global object, not in this module: GraphQL runs the
 * hooks of the configuration Next bundled, a second copy of this module in the same process.
 */
const LISTENERS = Symbol.for('commune-sites.commune-changes')
const processGlobals = globalThis as Record<symbol, unknown>
if (!processGlobals[LISTENERS]) processGlobals[LISTENERS] = new Map<string, Listener>()
const listeners = processGlobals[LISTENERS] as Map<string, Listener>

/** Listens under `name`; listening again under the same name replaces the listener. */
export const onCommuneChange = (name: string, listener: Listener): void => {
  listeners.set(name, listener)
}

/** A commune was created or changed (suspended, resumed, renamed, given a domain). */
export const announceCommuneChange = (commune: ChangedCommune): void => {
  for (const listener of listeners.values()) listener({ id: commune.id, commune })
}

/** A commune was removed: its host names serve nothing from now on. */
export const announceCommuneRemoved = (id: number | string): void => {
  for (const listener of listeners.values()) listener({ id, commune: null })
}
