import { bootPayload, StartupError } from '../cms/boot'
import { dataDir } from '../cms/lib/data-dir'
import { seed } from '../cms/seed'
import { credentialsFile } from '../cms/seed/credentials'
import { startServer } from '../cms/server'
import { ensureAdminBuild } from './build-admin'

/**
 * `npm start`: zero configuration. Builds the admin once, migrates the database in DATA_DIR,
 * seeds the demo province on an empty database, then serves everything on PORT (3000).
 */
const main = async () => {
  const port = Number(process.env.PORT || 3000)
  const host = process.env.HOST || '0.0.0.0'
  console.log(`Data folder: ${dataDir()}`)
  ensureAdminBuild()
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
