import { StartupError } from '../cms/boot-errors'
import { dataDir } from '../cms/runtime/data-dir'
import { assertMongoReachable } from '../cms/runtime/check-mongo'
import { isMongoUri } from '../cms/runtime/database'

/**
 * `npm start`: zero configuration. Builds the admin once, migrates the database in DATA_DIR,
 * seeds the demo province on an empty database, then serves everything on PORT (3000).
 */
const main = async () => {
  const port = Number(process.env.PORT || 3000)
  const host = process.env.HOST || '0.0.0.0'
  const uri = process.env.DATABASE_URI
  if (uri && isMongoUri(uri)) {
    // Checked before loading Payload (a few seconds), so a wrong URI fails at once.
    await assertMongoReachable(uri).catch((err: Error) => {
      throw new StartupError(
        `Không kết nối được MongoDB (DATABASE_URI): ${err.message}. Kiểm tra máy chủ MongoDB và địa chỉ kết nối.\nCannot reach MongoDB at DATABASE_URI: ${err.message}`,
      )
    })
  }
  console.log(`Data folder: ${dataDir()}`)
  const { ensureAdminBuild } = await import('./build-admin')
  ensureAdminBuild()
  const { bootPayload } = await import('../cms/boot')
  const { seed } = await import('../demo')
  const { credentialsFile } = await import('../demo/credentials')
  const { startServer } = await import('../cms/server')
  const payload = await bootPayload({ cron: true })
  const started = Date.now()
  const result = await seed(payload, {
    scale: Number(process.env.SEED_DEMO_SCALE ?? 1),
    demoCommunes: process.env.SEED_DEMO_COMMUNES ? Number(process.env.SEED_DEMO_COMMUNES) : undefined,
    log: (line) => console.log(line),
  })
  if (result.accountsCreated || result.communesWithNewContent)
    console.log(
      `Seeded ${result.communes} communes in ${((Date.now() - started) / 1000).toFixed(0)} s: ${result.accountsCreated} accounts, demo content for ${result.communesWithNewContent} communes.`,
    )
  const { buildCommunes, staleSites } = await import('../cms/features/publishing/runner')
  const { requestSiteBuilds } = await import('../cms/features/publishing/queue')
  const { DIRECTORY_SITE } = await import('../contract/snapshot')
  const { unbuilt, outdated, directoryMissing } = await staleSites(payload)
  if (unbuilt.length || directoryMissing) {
    // A site that has never been built is built before serving; one that fails must not keep
    // the CMS from starting (editors can fix it there).
    console.log(`Building ${unbuilt.length} commune sites...`)
    const started = Date.now()
    const result = await buildCommunes(payload, [...unbuilt, ...(directoryMissing ? [DIRECTORY_SITE] : [])], {
      force: true,
      wait: true,
      reason: 'batch',
    }).catch((err: Error) => {
      console.error(`Site build failed: ${err.message}`)
      return null
    })
    const report = result?.report
    if (report)
      console.log(
        `Built ${report.built.length} sites (${report.pages} pages) in ${((Date.now() - started) / 1000).toFixed(0)} s${report.failed.length ? `; ${report.failed.length} failed: ${report.failed.map((f) => f.slug).join(', ')}` : ''}.`,
      )
  }
  // Sites built by an older generator (a deployment changed shared code or a theme) stay live
  // and are rebuilt in the background, as batch jobs.
  if (outdated.length) {
    console.log(
      `${outdated.length} sites were built by an older version of the generator: rebuilding them in the background.`,
    )
    await requestSiteBuilds(payload, [...outdated, DIRECTORY_SITE])
  }
  const server = await startServer({ payload, port, host })
  const { startBuildWorker } = await import('../cms/features/publishing/worker')
  // The server runs one build worker itself unless told not to (separate `npm run worker`s).
  const worker = process.env.SITES_WORKER === 'false' ? null : startBuildWorker(payload)
  // Domains whose Matomo alias could not be sent (Matomo was down) are sent again.
  const { retryPendingMatomoAliases } = await import('../cms/features/provisioning/matomo-aliases')
  void retryPendingMatomoAliases(payload, { log: (line) => console.log(line) }).catch((err: Error) =>
    console.error(`Matomo alias retry failed: ${err.message}`),
  )
  console.log(`\nAdmin: ${server.url}/admin`)
  console.log(
    `Sites: http://<commune>.${process.env.SITES_DOMAIN || 'localhost'}:${server.port}/ (e.g. http://${(await payload.find({ collection: 'communes', where: { status: { equals: 'live' } }, limit: 1, depth: 0 })).docs[0]?.slug ?? 'my-binh'}.${process.env.SITES_DOMAIN || 'localhost'}:${server.port}/); province directory: ${server.url}/`,
  )
  console.log(`Demo accounts (email, password, role, commune): ${credentialsFile()}`)
  const stop = async () => {
    await worker?.stop()
    const { closeSiteBuilder } = await import('../cms/features/publishing/build-sites')
    await closeSiteBuilder()
    await server.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error(err instanceof StartupError ? err.message : err)
  process.exit(1)
})
