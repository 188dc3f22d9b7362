/**
 * `npm run seed`: seeds the demo province into DATA_DIR (migrations applied first) without
 * serving it, exactly as `npm start` does on a fresh data folder: the communes provisioned with
 * their demo boards, the demo accounts in data/demo-credentials.json, the demo content
 * (SEED_DEMO_SCALE, SEED_DEMO_COMMUNES). A second run creates nothing twice. The sites are
 * built by the next `npm start` (or `npm run sites:build`).
 */
import { StartupError } from '../cms/boot-errors'
import { dataDir } from '../cms/runtime/data-dir'

const main = async () => {
  console.log(`Data folder: ${dataDir()}`)
  const { bootPayload } = await import('../cms/boot')
  const { seedFromEnvironment } = await import('../demo')
  const { credentialsFile } = await import('../demo/credentials')
  const payload = await bootPayload()
  try {
    const result = await seedFromEnvironment(payload, (line) => console.log(line))
    if (!result.accountsCreated && !result.communesWithNewContent) console.log('The demo province is already seeded.')
    console.log(`Demo accounts (email, password, role, commune): ${credentialsFile()}`)
  } finally {
    await payload.destroy().catch(() => undefined)
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof StartupError ? err.message : err)
    process.exit(1)
  },
)
