import path from 'node:path'
import type { Payload } from 'payload'
import { type BuildReport, generateSites } from '../../../sites/generate'
import { dataDir } from '../../runtime/data-dir'
import { siteBuilder } from './build-sites'
import { type PrivateSiteOptions, privateSitesDir, registerPrivateSiteBuilder } from './private-build-door'
import { exportSnapshot } from './snapshot'

/**
 * Builds one commune's site from its published content as adjusted by the caller (a draft
 * overlaid, another theme) into a folder of its own, with the same generator and warm builder
 * as a publication, so it looks exactly as the site would. The live site is never touched: the
 * generator publishes into `dir`, not into the sites folder. Without analytics: a preview is
 * not a visit.
 */
export const buildPrivateSite = async (
  payload: Payload,
  slug: string,
  { dir, adjustContent, adjustSnapshot, log = (line) => payload.logger.info(line) }: PrivateSiteOptions,
): Promise<BuildReport> => {
  const root = privateSitesDir()
  if (path.relative(root, dir).startsWith('..') || path.resolve(dir) === path.resolve(root))
    throw new Error(`private site folder ${dir} is not inside ${root}`)
  return generateSites(
    [slug],
    {
      load: async (commune) => {
        try {
          const { snapshot, mediaFiles } = await exportSnapshot(payload, commune, {
            matomoUrl: null,
            adjust: adjustContent,
          })
          snapshot.commune.emcSiteId = null
          adjustSnapshot?.(snapshot)
          return { snapshot, mediaFiles }
        } catch (err) {
          return { error: (err as Error).message }
        }
      },
      directory: () => Promise.reject(new Error('a private build has no directory')),
    },
    {
      sitesDir: dir,
      mediaDir: path.join(dataDir(), 'media'),
      directory: false,
      batchSize: 1,
      builder: siteBuilder(),
      parallel: 1,
      log,
    },
  )
}

registerPrivateSiteBuilder(buildPrivateSite)
