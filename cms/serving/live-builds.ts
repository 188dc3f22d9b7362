import fs from 'node:fs'
import path from 'node:path'

/**
 * The build folder a site's live `current` symlink points at. The first request after a build
 * switches the link must get the new build (publishing latency is measured up to that request),
 * so the link is read again for every batch of requests: one readlink per site per turn of the
 * event loop, shared by the requests read in that turn (up to one per connection). That is
 * still "the next request": a request sent after the switch completed cannot have been among
 * the sockets the current turn found ready before the link was read, so it is handled in a later
 * turn, after a fresh readlink. (A readlink per request cost ~13% of the CPU under load.)
 *
 * When a site's folder changes, `onSwitch` gets the previous one so its cached files can be
 * dropped at once. A live folder that is a plain directory rather than a symlink is served as
 * it is, its files cached under its own path: sites/build.ts always publishes through the
 * symlink. null: the site has no live folder.
 */
export const liveBuilds = (liveDirOf: (slug: string) => string, onSwitch: (previous: string) => void) => {
  const seen = new Map<string, string>()
  const thisTurn = new Map<string, string | null>()
  let clearScheduled = false
  const read = (slug: string): string | null => {
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
  return (slug: string): string | null => {
    let root = thisTurn.get(slug)
    if (root !== undefined) return root
    root = read(slug)
    thisTurn.set(slug, root)
    if (!clearScheduled) {
      clearScheduled = true
      // Immediates run right after the poll phase that read the sockets of this turn.
      setImmediate(() => {
        thisTurn.clear()
        clearScheduled = false
      })
    }
    return root
  }
}
