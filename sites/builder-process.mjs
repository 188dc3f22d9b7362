// Plain JavaScript: started without the TypeScript loader, which would add to every start.
/**
 * The warm site builder: a long-lived child process that runs Astro builds on request, so a
 * commune's rebuild pays only for bundling and rendering, not for starting Node and loading
 * Astro (about half of a cold single-commune build). Driven by sites/builder.ts over IPC.
 *
 * Its working directory is the sites data folder (which links node_modules): Astro writes the
 * server chunks it renders from next to an output folder inside the working directory, so
 * each build gets its own chunks (a fixed folder would make Node reuse the first build's
 * modules from its import cache, and would be shared by concurrent builders).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'astro'

const sitesRoot = path.dirname(fileURLToPath(import.meta.url))

/** Messages: BuildRequest in, BuildResponse out (types in sites/builder.ts). */
process.on('message', async (message) => {
  process.env.SITES_SNAPSHOT_DIR = message.snapshotDir
  let reply
  try {
    await build({ root: sitesRoot, outDir: message.outDir, logLevel: 'warn', mode: 'production' })
    reply = { id: message.id, ok: true, rssMb: 0 }
  } catch (err) {
    const error = /** @type {Error & { loc?: { file?: string } }} */ (err)
    reply = {
      id: message.id,
      ok: false,
      error: [error.message, error.loc?.file, error.stack?.split('\n').slice(1, 4).join('\n')]
        .filter(Boolean)
        .join('\n'),
      rssMb: 0,
    }
  }
  reply.rssMb = Math.round(process.memoryUsage().rss / 1048576)
  process.send?.(reply)
})
// The worker that owns this builder is gone (even killed): nothing will ask for builds again.
process.on('disconnect', () => process.exit(0))
process.send?.({ ready: true })
