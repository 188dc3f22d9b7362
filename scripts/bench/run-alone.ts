import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Runs one step of `npm run bench` on its own (the `*-only.ts` scripts): the step's log on
 * stderr as the whole bench prints it, its figures as JSON on stdout, exit 1 on failure.
 */
export const runAlone = <T>(measure: (root: string, log: (line: string) => void) => Promise<T>): void => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  measure(root, (line) => console.error(`[bench] ${line}`)).then(
    (result) => {
      console.log(JSON.stringify(result, null, 2))
      process.exit(0)
    },
    (err: unknown) => {
      console.error(err)
      process.exit(1)
    },
  )
}
