/**
 * The reorganisation benchmark alone (scripts/bench/reorganise.ts), for working on it:
 *   npm exec -- tsx scripts/bench/reorganise-only.ts
 * Prints the figures as JSON.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureReorganisation } from './reorganise'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
measureReorganisation(root, (line) => console.error(`[bench] ${line}`)).then(
  (result) => {
    console.log(JSON.stringify(result, null, 2))
    process.exit(0)
  },
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
