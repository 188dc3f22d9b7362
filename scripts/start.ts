import type { Payload } from 'payload'
import { StartupError } from '../cms/boot-errors'
import { dataDir } from '../cms/runtime/data-dir'
import { assertMongoReachable } from '../cms/runtime/check-mongo'
import { isMongoUri } from '../cms/runtime/database'
import { sitesDomain } from '../contract/site-urls'

/**
 * `npm start`: zero configuration. Builds the admin once, migrates the database in DATA_DIR,
 * seeds the demo province on an empty database, then serves everything on PORT (3000).
 */

const log = (line: string) => console.log(line)

/** Checked before loading Payload (a few seconds), so a wrong URI fails at once. */
const checkMongo = async () => {
  const uri = process.env.DATABASE_URI
  if (!uri || !isMongoUri(uri)) return
  await assertMongoReachable(uri).catch((err: Error) => {
    throw new StartupError(
      `Không kết nối được MongoDB (DATABASE_URI): ${err.message}. Kiểm tra máy chủ MongoDB và địa chỉ kết nối.\nCannot reach MongoDB at DATABASE_URI: ${err.message}`,
    )
  })
}

/**
 * A site that has never been built is built before serving; one that fails must not keep the
 * CMS from starting (editors can fix it there). Sites built by an older generator (a
 * deployment changed shared code or a theme) stay live and are rebuilt in the background, as
 * batch jobs.
 */
const buildMissingSites = async (payload: Payload) => {
  const { buildCommunes, staleSites } = await import('../cms/features/publishing/runner')
  const { requestSiteBuilds } = await import('../cms/features/publishing/queue')
  const { DIRECTORY_SITE } = await import('../contract/snapshot')
  const { unbuilt, outdated, directoryMissing } = await staleSites(payload)
  if (unbuilt.length || directoryMissing) {
    log(`Building ${unbuilt.length} commune sites...`)
    const started = Date.now()
    const targets = [...unbuilt, ...(directoryMissing ? [DIRECTORY_SITE] : [])]
    const result = await buildCommunes(payload, targets, { force: true, wait: true, reason: 'batch' }).catch(
      (err: Error) => {
        console.error(`Site build failed: ${err.message}`)
        return null
      },
    )
    const report = result?.report
    if (report)
      log(
        `Built ${report.built.length} sites (${report.pages} pages) in ${((Date.now() - started) / 1000).toFixed(0)} s${report.failed.length ? `; ${report.failed.length} failed: ${report.failed.map((f) => f.slug).join(', ')}` : ''}.`,
      )
  }
  if (outdated.length) {
    log(`${outdated.length} sites were built by an older version of the generator: rebuilding them in the background.`)
    await requestSiteBuilds(payload, [...outdated, DIRECTORY_SITE], { generator: true })
  }
}

/** Serves the admin and the sites, with the server's own build worker unless told not to. */
const serve = async (payload: Payload) => {
  const { startServer } = await import('../cms/server')
  const { startBuildWorker } = await import('../cms/features/publishing/worker')
  const { retryPendingMatomoAliases } = await import('../cms/features/provisioning/matomo-aliases')
  const { credentialsFile } = await import('../demo/credentials')
  const server = await startServer({
    payload,
    port: Number(process.env.PORT || 3000),
    host: process.env.HOST || '0.0.0.0',
  })
  // Separate `npm run worker`s may do the builds instead (SITES_WORKER=false).
  const worker = process.env.SITES_WORKER === 'false' ? null : startBuildWorker(payload)
  // Domains whose Matomo alias could not be sent (Matomo was down) are sent again.
  void retryPendingMatomoAliases(payload, { log }).catch((err: Error) =>
    console.error(`Matomo alias retry failed: ${err.message}`),
  )
  const domain = sitesDomain()
  const live = await payload.find({ collection: 'communes', where: { status: { equals: 'live' } }, limit: 1, depth: 0 })
  const example = live.docs[0]?.slug ?? 'my-binh'
  log(`\nAdmin: ${server.url}/admin`)
  log(
    `Sites: http://<commune>.${domain}:${server.port}/ (e.g. http://${example}.${domain}:${server.port}/); province directory: ${server.url}/`,
  )
  log(`Demo accounts (email, password, role, commune): ${credentialsFile()}`)
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

const main = async () => {
  await checkMongo()
  log(`Data folder: ${dataDir()}`)
  const { ensureAdminBuild } = await import('./build-admin')
  ensureAdminBuild()
  const { bootPayload } = await import('../cms/boot')
  const { seedFromEnvironment } = await import('../demo')
  const payload = await bootPayload({ cron: true })
  await seedFromEnvironment(payload, log)
  await buildMissingSites(payload)
  await serve(payload)
}

main().catch((err: unknown) => {
  console.error(err instanceof StartupError ? err.message : err)
  process.exit(1)
})
