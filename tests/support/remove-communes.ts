import fs from 'node:fs'
import { rest } from './api'
import { hostGet } from './host-request'
import { waitFor } from './shared-payload'

/**
 * Removes communes a test created (through the removal, which exports first; the exports are
 * deleted here) and waits until the province directory no longer lists them, so the next test
 * file finds the province as seeded.
 */
export const removeCommunes = async (adminToken: string, slugs: string[]): Promise<void> => {
  const removed: string[] = []
  for (const slug of slugs) {
    const found = (
      await rest('GET', `/api/communes?where[slug][equals]=${encodeURIComponent(slug)}&depth=0`, { token: adminToken })
    ).body.docs?.[0]
    if (!found) continue
    const reply = await rest('POST', `/api/communes/${found.id}/remove`, { token: adminToken, body: { confirm: slug } })
    if (reply.status !== 200) throw new Error(`removing ${slug}: ${reply.status} ${JSON.stringify(reply.body)}`)
    fs.rmSync(reply.body.exportDir, { recursive: true, force: true })
    removed.push(slug)
  }
  if (!removed.length) return
  await waitFor(
    'the directory without the removed communes',
    async () => {
      const directory = (await hostGet('127.0.0.1', '/')).body
      return removed.every((slug) => !directory.includes(`//${slug}.localhost`))
    },
    120_000,
  )
}
