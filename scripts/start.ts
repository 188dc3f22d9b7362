import { StartupError } from '../cms/boot-errors'
import { dataDir } from '../cms/lib/data-dir'
import { assertMongoReachable } from '../cms/lib/check-mongo'
import { isMongoUri } from '../cms/lib/database'

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
  const { seed } = await import('../cms/seed')
  const { credentialsFile } = await import('../cms/seed/credentials')
  const { startServer } = await import('../cms/server')
  const payload = await bootPayload({ cron: true })
  const started = Date.now()
  const result = await seed(payload, {
    scale: Number(process.env.SEED_DEMO_SCALE ?? 1),
    demoCommunes: process.env.SEED_DEMO_COMMUNES ? Number(process.env.SEED_DEMO_COMMUNES) : undefined,
    log: (line) => console.log(line),
  })
  if (result.accountsCreated || result.communesWithNewContent)
    console.log(`Seeded ${result.communes} communes in ${((Date.now() - started) / 1000).toFixed(0)} s: ${result.accountsCreated} accounts, demo content for ${result.communesWithNewContent} communes.`)
  const server = await startServer({ port, host })
  console.log(`\nAdmin: ${server.url}/admin`)
  console.log(`Demo accounts (email, password, role, commune): ${credentialsFile()}`)
  const stop = async () => {
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
