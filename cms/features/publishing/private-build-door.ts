import path from 'node:path'
import type { Payload } from 'payload'
import type { SiteSnapshot } from '../../../contract/snapshot'
import type { BuildReport } from '../../../sites/generate'
import { sitesDir } from '../../runtime/sites-dir'
import type { CommuneContent } from './snapshot'

/**
 * The door to private builds (private-build.ts) for code that runs inside Next's bundle (API
 * endpoints): it must not import the site generator, which Next cannot bundle. The builder is
 * registered on the process when the publishing runner loads (every server and worker loads
 * it), as the build tasks' handlers are.
 */

export type PrivateSiteOptions = {
  /** Where the site goes (`<dir>/<slug>/current`): a folder inside privateSitesDir(), never a live site's. */
  dir: string
  /** Changes the content read before it is mapped (a draft overlaid). */
  adjustContent?: (content: CommuneContent) => Promise<void> | void
  /** Changes the snapshot before it is built (another theme). */
  adjustSnapshot?: (snapshot: SiteSnapshot) => void
  log?: (line: string) => void
}

export type PrivateSiteBuilder = (payload: Payload, slug: string, options: PrivateSiteOptions) => Promise<BuildReport>

/** The private folders live under the sites folder: the warm builder only builds inside it. */
export const privateSitesDir = (): string => path.join(sitesDir(), '.private')

// On the process: Next's bundle and the server load this module separately.
const SLOT = Symbol.for('commune-sites.private-site-builder')
const processGlobals = globalThis as Record<symbol, unknown>

export const registerPrivateSiteBuilder = (builder: PrivateSiteBuilder): void => {
  processGlobals[SLOT] = builder
}

/** The builder of this process, or null where no publishing runner was loaded. */
export const privateSiteBuilder = (): PrivateSiteBuilder | null => (processGlobals[SLOT] as PrivateSiteBuilder) ?? null
