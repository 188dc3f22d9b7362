/**
 * Seeds the benchmark dataset alone, for working on it: `DATA_DIR=/tmp/benchdata npm exec -- tsx
 * scripts/bench/dataset-only.ts [--per-commune 150] [--posts 1000] [--no-top-up]`. Boots Payload
 * on DATA_DIR (migrations applied), seeds the province without demo content, then the benchmark
 * content and the posts top-up, printing what each step took.
 */
import { parseArgs } from 'node:util'
import { bootPayload } from '../../cms/boot'
import { seed } from '../../demo'
import { seedBenchContent, topUpPosts } from './dataset'

const { values } = parseArgs({
  options: {
    'per-commune': { type: 'string', default: '150' },
    posts: { type: 'string', default: '1000' },
    'no-top-up': { type: 'boolean', default: false },
  },
})
const log = (line: string) => console.log(line)

const main = async () => {
  let t = performance.now()
  const payload = await bootPayload()
  log(`boot and migrations: ${((performance.now() - t) / 1000).toFixed(1)} s`)
  t = performance.now()
  const seeded = await seed(payload, { scale: 0, log })
  log(
    `seed (scale 0): ${seeded.communes} communes, ${seeded.accountsCreated} accounts created, ${((performance.now() - t) / 1000).toFixed(1)} s`,
  )
  const content = await seedBenchContent(payload, { perCommune: Number(values['per-commune']), log })
  log(
    `bench content: ${content.documents} documents for ${content.communes} communes in ${content.seconds.toFixed(1)} s`,
  )
  if (!values['no-top-up']) {
    const top = await topUpPosts(payload, { perCommune: Number(values.posts), log })
    log(`posts top-up: ${top.posts} posts in ${top.seconds.toFixed(1)} s`)
  }
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    // Drizzle errors quote the whole multi-row statement: the causes say what failed.
    for (let e = err as Error | undefined; e; e = e.cause as Error | undefined) console.error(e.message.slice(0, 500))
    process.exit(1)
  },
)
