import path from 'node:path'
import { liveDirOf } from '../../contract/site-paths'
import { dataDir } from './data-dir'

/** DATA_DIR/sites: every commune's built site (see contract/site-paths.ts). */
export const sitesDir = (): string => path.join(dataDir(), 'sites')

/** The live folder of a site: a symlink switched atomically to the newest good build. */
export const liveDir = (slug: string): string => liveDirOf(sitesDir(), slug)
