/**
 * The start-up benchmark alone (scripts/bench/startup.ts), for working on it:
 *   npm exec -- tsx scripts/bench/startup-only.ts
 * Prints the figures as JSON.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureStartup } from './startup'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
measureStartup(root, (line) => console.error(`[bench] ${line}`)).then(
  (result) => {
    console.log(JSON.stringify(result, null, 2))
    process.exit(0)
  },
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
