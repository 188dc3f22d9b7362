import type { Payload } from 'payload'
import { StartupError } from '../cms/boot-errors'
import { dataDir } from '../cms/runtime/data-dir'
import { assertMongoReachable } from '../cms/runtime/check-mongo'
import { isMongoUri } from '../cms/runtime/database-uri'
import { sitesDomain } from '../contract/site-urls'
import type { RunningServer } from '../cms/server'

/**
 * `npm start`: zero configuration. The admin is built (when its code changed) in the
 * background while the database in DATA_DIR is migrated; the server then answers at once on
 * PORT (3000): the sites already built at once, the admin once its build is done. On an empty
 * database the demo province is then seeded, the first commune's site built as soon as its
 * content is in and the others once the seed is done (scripts/lib/start-up-builds.ts), with
 * progress in the log. "Admin: <url>" is printed when all is ready.
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
 * Without a build worker in this process (SITES_WORKER=false), the sites never built are built
 * here before the server says it is ready; one that fails must not keep the CMS from starting.
 */
const buildUnbuiltHere = async (payload: Payload, unbuilt: string[]) => {
  const { buildCommunes } = await import('../cms/features/publishing/runner')
  log(`Building ${unbuilt.length} sites...`)
  const started = Date.now()
  const result = await buildCommunes(payload, unbuilt, { force: true, wait: true, reason: 'batch' }).catch(
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

/**
 * After the seed: sites never built (a first start, or one interrupted) are queued for the
 * build worker, as is the province directory when the seed changed anything; sites built by an
 * older generator (a deployment changed shared code or a theme) stay live and are rebuilt too.
 */
const queueStaleSites = async (
  payload: Payload,
  { withWorker, seeded, queued }: { withWorker: boolean; seeded: boolean; queued: Set<string> },
) => {
  const { staleSites } = await import('../cms/features/publishing/runner')
  const { requestSiteBuilds } = await import('../cms/features/publishing/queue')
  const { DIRECTORY_SITE } = await import('../contract/snapshot')
  const stale = await staleSites(payload)
  // Those the seed handed to the worker already are being built.
  const unbuilt = stale.unbuilt.filter((id) => !queued.has(id))
  const { outdated, directoryMissing } = stale
  const directory = directoryMissing || seeded ? [DIRECTORY_SITE] : []
  if (!withWorker) await buildUnbuiltHere(payload, [...unbuilt, ...directory])
  else if (unbuilt.length || directory.length) await requestSiteBuilds(payload, [...unbuilt, ...directory])
  if (outdated.length) {
    log(`${outdated.length} sites were built by an older version of the generator: rebuilding them in the background.`)
    await requestSiteBuilds(payload, [...outdated, DIRECTORY_SITE], { generator: true })
  }
}

/** Serves the admin (once built) and the sites, with the server's own build worker unless told not to. */
const serve = async (payload: Payload, adminReady: Promise<void>) => {
  const { startServer } = await import('../cms/server')
  const { startBuildWorker } = await import('../cms/features/publishing/worker')
  const { retryPendingMatomoAliases } = await import('../cms/features/provisioning/matomo-aliases')
  const server = await startServer({
    payload,
    port: Number(process.env.PORT || 3000),
    host: process.env.HOST || '0.0.0.0',
    adminReady,
  })
  // Separate `npm run worker`s may do the builds instead (SITES_WORKER=false).
  const worker = process.env.SITES_WORKER === 'false' ? null : startBuildWorker(payload)
  // Statistics the planner needs once the province has grown (issue 11), refreshed as it grows.
  const { keepDatabaseStatistics } = await import('../cms/runtime/database')
  const stopStatistics = keepDatabaseStatistics(payload.db, {
    everyMs: Number(process.env.DB_STATS_CHECK_SECONDS || 60) * 1000,
    log,
  })
  // Domains whose Matomo alias could not be sent (Matomo was down) are sent again.
  void retryPendingMatomoAliases(payload, { log }).catch((err: Error) =>
    console.error(`Matomo alias retry failed: ${err.message}`),
  )
  log(
    `Serving on ${server.url}: each site as soon as it is built (http://<commune>.${sitesDomain()}:${server.port}/), the admin at ${server.url}/admin once it is ready.`,
  )
  const stop = async () => {
    stopStatistics()
    await worker?.stop()
    const { closeSiteBuilder } = await import('../cms/features/publishing/build-sites')
    await closeSiteBuilder()
    await server.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return { server, withWorker: Boolean(worker) }
}

/**
 * The login page asked for once: its first render loads the admin's server code (4 s on a first
 * start), which a person would otherwise wait for while the seed takes the same process.
 */
const warmAdmin = async (server: RunningServer) => {
  const response = await fetch(`${server.url}/admin/login`, { signal: AbortSignal.timeout(30_000) })
  await response.arrayBuffer()
}

/** The lines a person starting the server looks for; "Admin: " also tells scripts that all is ready. */
const ready = async (payload: Payload, server: RunningServer, started: number) => {
  const { credentialsFile } = await import('../demo/credentials')
  const domain = sitesDomain()
  const live = await payload.find({ collection: 'communes', where: { status: { equals: 'live' } }, limit: 1, depth: 0 })
  const example = live.docs[0]?.slug ?? 'my-binh'
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
  log(`\nAdmin: ${server.url}/admin`)
  log(
    `Sites: http://<commune>.${domain}:${server.port}/ (e.g. http://${example}.${domain}:${server.port}/); province directory: ${server.url}/`,
  )
  log(`Demo accounts (email, password, role, commune): ${credentialsFile()}`)
}

const main = async () => {
  const started = Date.now()
  await checkMongo()
  log(`Data folder: ${dataDir()}`)
  const { adminBuildInBackground } = await import('./build-admin')
  const adminBuilt = adminBuildInBackground(log)
  // As before the admin was built in the background: a failed build stops the start.
  adminBuilt.catch((err: Error) => {
    console.error(`The admin interface could not be built: ${err.message}`)
    process.exit(1)
  })
  const { bootPayload } = await import('../cms/boot')
  const { seedFromEnvironment } = await import('../demo')
  const { startUpBuilds } = await import('./lib/start-up-builds')
  const payload = await bootPayload({ cron: true })
  const { server, withWorker } = await serve(payload, adminBuilt)
  server.admin.then(
    () => log(`Admin ready: ${server.url}/admin (demo accounts in ${dataDir()}/demo-credentials.json)`),
    (err: Error) => console.error(`The admin could not start: ${err.message}`),
  )
  // The seed and the site builds wait for the admin: the person who ran `npm start` waits for
  // the login page, and anything running beside Next's build slowed it by 40% on 2 cores
  // (issue 16: 45-49 s alone, 62-68 s beside the seed or site builds, even at nice -10).
  await server.admin.then(() => warmAdmin(server)).catch(() => undefined)
  const builds = startUpBuilds(payload, { log, enabled: withWorker })
  const seeded = await seedFromEnvironment(payload, log, { onCommuneReady: builds.add })
  await builds.flush()
  await queueStaleSites(payload, {
    withWorker,
    seeded: seeded.accountsCreated > 0 || seeded.communesWithNewContent > 0,
    queued: builds.queued,
  })
  if (withWorker) await builds.allBuilt()
  await server.admin
  await ready(payload, server, started)
}

main().catch((err: unknown) => {
  console.error(err instanceof StartupError ? err.message : err)
  process.exit(1)
})
