import fs from 'node:fs'
import path from 'node:path'

/**
 * The build folder a site's live `current` symlink points at, read again on every request: a
 * readlink costs a few microseconds, and the first request after a build switches the link must
 * get the new build (publishing latency is measured up to that request). When a site's folder
 * changes, `onSwitch` gets the previous one so its cached files can be dropped at once.
 *
 * A live folder that is a plain directory rather than a symlink is served as it is, but its
 * files are cached under its own path: sites/build.ts always publishes through the symlink.
 * null: the site has no live folder.
 */
export const liveBuilds = (liveDirOf: (slug: string) => string, onSwitch: (previous: string) => void) => {
  const seen = new Map<string, string>()
  return (slug: string): string | null => {
    const link = liveDirOf(slug)
    let root: string
    try {
      root = path.resolve(path.dirname(link), fs.readlinkSync(link))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EINVAL') return null
      root = link
    }
    const previous = seen.get(slug)
    if (previous !== root) {
      seen.set(slug, root)
      if (previous) onSwitch(previous)
    }
    return root
  }
}
