import { StartupError } from '../cms/boot-errors'
import { dataDir } from '../cms/runtime/data-dir'

/**
 * `npm run worker`: a site build worker as its own process, on this machine or another one
 * sharing the database (and the sites folder). Any number of them split the build queue.
 */
const main = async () => {
  const { bootPayload } = await import('../cms/boot')
  const { startBuildWorker } = await import('../cms/features/publishing/worker')
  const { closeSiteBuilder } = await import('../cms/features/publishing/build-sites')
  const payload = await bootPayload()
  const worker = startBuildWorker(payload, { log: (line) => console.log(line) })
  console.log(`Build worker ${worker.id} started (data folder ${dataDir()}).`)
  const stop = async () => {
    await worker.stop()
    await closeSiteBuilder()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error(err instanceof StartupError ? err.message : err)
  process.exit(1)
})
