import fs from 'node:fs'
import path from 'node:path'

/** Every file under `dir` (a built site), by path relative to it. */
export const filesUnder = (dir: string): Map<string, Buffer> =>
  new Map(
    fs
      .readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const full = path.join(e.parentPath, e.name)
        return [path.relative(dir, full), fs.readFileSync(full)]
      }),
  )

/** Where two files first differ, with some context of each; '' when they are the same. */
export const difference = (got: Buffer | undefined, want: Buffer): string => {
  if (!got) return 'missing'
  if (got.equals(want)) return ''
  let i = 0
  while (i < got.length && i < want.length && got[i] === want[i]) i++
  const around = (b: Buffer) => b.subarray(Math.max(0, i - 120), i + 120).toString()
  return `at byte ${i}:\n got: ${around(got)}\nwant: ${around(want)}`
}
