import { bootPayload } from '../cms/boot'
import { buildSites, closeSiteBuilder } from '../sites/build'

/**
 * `npm run sites:build [-- --only <slug> ...]`: builds every live commune's site (or the given
 * ones) with progress, switches each live version atomically, and exits non-zero when any
 * commune failed, naming it and the cause.
 */
const args = process.argv.slice(2)
const only = args.flatMap((arg, i) => (arg === '--only' && args[i + 1] ? args[i + 1]!.split(',') : []))

const payload = await bootPayload()
const report = await buildSites(payload, { only: only.length ? only : undefined })
console.log(`Built ${report.built.length} sites, ${report.pages} pages, in ${report.seconds.toFixed(1)} s (${(report.pages / Math.max(report.seconds, 0.001)).toFixed(0)} pages/s).`)
for (const failure of report.failed) console.error(`FAILED ${failure.slug}${failure.page ? ` (${failure.page})` : ''}: ${failure.error}`)
await closeSiteBuilder()
process.exit(report.failed.length ? 1 : 0)
