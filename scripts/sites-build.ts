import { bootPayload } from '../cms/boot'
import { buildCommunes } from '../cms/features/publishing/runner'
import { closeSiteBuilder } from '../cms/features/publishing/build-sites'
import { DIRECTORY_SITE } from '../contract/snapshot'

/**
 * `npm run sites:build [-- --only <slug>[,<slug>...]]`: builds every live commune's site and the
 * province directory (or only the given communes) now, in this process, with progress;
 * switches each live version atomically, records each site's state for the admin, and exits
 * non-zero when any commune failed, naming it and the cause.
 */
const args = process.argv.slice(2)
const only = args.flatMap((arg, i) => (arg === '--only' && args[i + 1] ? args[i + 1]!.split(',') : []))

const payload = await bootPayload()
const live = await payload.find({
  collection: 'communes',
  where: { status: { equals: 'live' } },
  limit: 0,
  pagination: false,
  depth: 0,
  select: { slug: true },
})
const unknown = only.filter((slug) => !live.docs.some((c) => c.slug === slug))
for (const slug of unknown) console.error(`FAILED ${slug}: no live commune with this slug`)
const targets = only.length
  ? live.docs.filter((c) => only.includes(c.slug ?? '')).map((c) => String(c.id))
  : [...live.docs.map((c) => String(c.id)), DIRECTORY_SITE]
const { report } = await buildCommunes(payload, targets, { force: true, wait: true, reason: 'batch' })
if (report) {
  console.log(
    `Built ${report.built.length} sites, ${report.pages} pages, in ${report.seconds.toFixed(1)} s (${(report.pages / Math.max(report.seconds, 0.001)).toFixed(0)} pages/s).`,
  )
  for (const failure of report.failed)
    console.error(`FAILED ${failure.slug}${failure.page ? ` (${failure.page})` : ''}: ${failure.error}`)
}
await closeSiteBuilder()
process.exit(unknown.length || report?.failed.length ? 1 : 0)
