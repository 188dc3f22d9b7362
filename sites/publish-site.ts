import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { liveDirOf } from '../contract/site-paths'

/** Where a generation writes and reads: its sites folder and the uploaded media it links from. */
export type SiteDirs = { sitesDir: string; mediaDir: string }

/** What goes live with a built site besides its pages. */
export type SiteExtras = { mediaFiles: string[]; analytics: string | null }

const newBuildId = (): string =>
  `${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${crypto.randomBytes(3).toString('hex')}`

/** Hard links when media and sites share a disk (no copy, no extra space); copies otherwise. */
const linkMedia = (mediaDir: string, target: string, files: string[]): void => {
  if (!files.length) return
  fs.mkdirSync(path.join(target, 'media'))
  for (const file of files) {
    const from = path.join(mediaDir, file)
    const to = path.join(target, 'media', file)
    try {
      fs.linkSync(from, to)
    } catch {
      if (fs.existsSync(from)) fs.copyFileSync(from, to)
    }
  }
}

const previousBuild = (siteRoot: string, current: string): string | undefined =>
  fs
    .readdirSync(path.join(siteRoot, 'builds'))
    .filter((b) => b !== current)
    .sort()
    .at(-1)

/**
 * Moves a built site into its own build folder with the shared assets, its media and its
 * analytics file, then switches the live symlink to it in one rename: readers see the old
 * site or the new one, never half of either. Keeps the previous build for a quick rollback.
 * Returns the new build's id (its folder's name).
 */
export const publishSite = (
  dirs: SiteDirs,
  slug: string,
  builtDir: string,
  assetsDir: string,
  { mediaFiles, analytics }: SiteExtras,
): string => {
  const siteRoot = path.join(dirs.sitesDir, slug)
  const buildsDir = path.join(siteRoot, 'builds')
  fs.mkdirSync(buildsDir, { recursive: true })
  const buildId = newBuildId()
  const target = path.join(buildsDir, buildId)
  fs.renameSync(builtDir, target)
  if (fs.existsSync(assetsDir)) fs.cpSync(assetsDir, path.join(target, '_astro'), { recursive: true })
  linkMedia(dirs.mediaDir, target, mediaFiles)
  if (analytics) fs.writeFileSync(path.join(target, '_analytics.js'), analytics)
  const temp = path.join(siteRoot, `current.${process.pid}.tmp`)
  fs.rmSync(temp, { force: true })
  fs.symlinkSync(path.join('builds', buildId), temp)
  fs.renameSync(temp, liveDirOf(dirs.sitesDir, slug))
  const keep = new Set([buildId, previousBuild(siteRoot, buildId)])
  for (const old of fs.readdirSync(buildsDir)) if (!keep.has(old)) discard(dirs.sitesDir, path.join(buildsDir, old))
  return buildId
}

/**
 * Removes a folder off the publishing path: moved aside at once (one rename: no later build
 * sees it), deleted in the background. Deleting a site's ~200 files took 170-230 ms on a busy
 * machine, which the next publish of the commune waited for. What a killed process leaves is
 * removed with the abandoned work folders.
 */
const discard = (sitesDir: string, dir: string): void => {
  const trash = path.join(sitesDir, `.trash-${process.pid}-${crypto.randomBytes(4).toString('hex')}`)
  try {
    fs.renameSync(dir, trash)
  } catch {
    fs.rmSync(dir, { recursive: true, force: true })
    return
  }
  fs.rm(trash, { recursive: true, force: true }, () => undefined)
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Work folders (and discarded builds) of processes that were killed: nothing else will clean them. */
export const removeAbandonedWork = (sitesDir: string): void => {
  for (const name of fs.readdirSync(sitesDir)) {
    const pid = Number(/^\.(?:work|trash)-(\d+)-/.exec(name)?.[1])
    if (pid && pid !== process.pid && !isAlive(pid))
      fs.rmSync(path.join(sitesDir, name), { recursive: true, force: true })
  }
}

export const countPages = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html'))
    .length
