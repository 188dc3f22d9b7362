import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readApiCalls, startMatomoStandIn } from '../lib/matomo-stand-in'
import type { BenchContext } from './context'

const TOKEN = 'bench-matomo-token'

// biome-ignore lint/suspicious/noExplicitAny: the CLI's last JSON line, whatever its shape; measureProvisioning checks it
type Run = { seconds: number; code: number | null; json: any; output: string }

/** One `npm run provision` process (node --import tsx scripts/provision.ts), timed from spawn to exit. */
const provision = (ctx: BenchContext, env: NodeJS.ProcessEnv, args: string[]): Promise<Run> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ctx.root, 'scripts/provision.ts'), ...args, '--json'],
      { cwd: ctx.root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stdout = ''
    let output = ''
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString()
      output += c.toString()
      for (const line of c.toString().split('\n'))
        if (/^\[(\d+)\/\1\]|^Building|sites built/.test(line)) ctx.log(line.trim())
    })
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      const seconds = (performance.now() - started) / 1000
      let json: unknown = null
      try {
        json = JSON.parse(stdout.trim().split('\n').at(-1) ?? '')
      } catch {
        /* reported below */
      }
      resolve({ seconds, code, json, output })
    })
  })

const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * Provisioning as the province does it, on a province with no communes yet: a data folder of
 * its own (not the bench server's), a Matomo stand-in answering the HTTP API, no demo content.
 *
 * - provisionAllSeconds: `npm run provision -- --from cms/features/provisioning/data/an-giang-2023.json`, the 156
 *   communes with their districts, template content, Matomo sites and built sites (target ≤ 180 s);
 * - provisionAgainSeconds: the same command again, which must create nothing;
 * - provisionOneSeconds: one new commune with a board of 3 (accounts, printed invitations,
 *   Matomo site, built and served site), the command's wall time including its start-up
 *   (target ≤ 10 s).
 */
export async function measureProvisioning(ctx: BenchContext) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'commune-sites-bench-provision-'))
  const matomo = await startMatomoStandIn({ token: TOKEN })
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(ctx.port),
    MATOMO_URL: matomo.url,
    MATOMO_TOKEN: TOKEN,
    SMTP_URL: '',
    SEED_DEMO_SCALE: '0',
    JOBS_AUTORUN: 'false',
  }
  try {
    const list = path.join(ctx.root, 'cms/features/provisioning/data/an-giang-2023.json')
    ctx.log(`provisioning the 156 communes of ${path.relative(ctx.root, list)} into ${dataDir}...`)
    const all = await provision(ctx, env, ['--from', list])
    const first = all.json?.summary
    if (all.code !== 0 || first?.created !== 156 || first?.built !== 156)
      throw new Error(`bulk provisioning failed (exit ${String(all.code)}):\n${all.output.slice(-3000)}`)
    ctx.log(`156 communes in ${all.seconds.toFixed(1)} s; running it again...`)

    const again = await provision(ctx, env, ['--from', list])
    const second = again.json?.summary
    if (again.code !== 0 || second?.skipped !== 156 || second.created || second.resumed || second.built)
      throw new Error(
        `second bulk run created something or failed (exit ${String(again.code)}):\n${again.output.slice(-3000)}`,
      )

    const board = path.join(dataDir, 'board.csv')
    fs.writeFileSync(
      board,
      'name,email,role\nNguyễn Văn Bền,ben.nguyen@example.com,trưởng ban\nTrần Thị Đo,do.tran@example.com,biên tập\nLê Văn Đếm,dem.le@example.com,cộng tác viên\n',
    )
    ctx.log('one more commune, with a board of 3...')
    const one = await provision(ctx, env, [
      '--name',
      'Xã Đo Thời Gian',
      '--code',
      '39999',
      '--district',
      'Thành phố Long Xuyên',
      '--theme',
      '7',
      '--board',
      board,
    ])
    if (one.code !== 0 || !one.json?.live || one.json.result.invitations.length !== 3)
      throw new Error(`provisioning one commune failed (exit ${String(one.code)}):\n${one.output.slice(-3000)}`)

    const api = await readApiCalls(matomo.url)
    return {
      provisionAllSeconds: round1(all.seconds),
      provisionAgainSeconds: round1(again.seconds),
      provisionOneSeconds: round1(one.seconds),
      provisionAllWithoutStartupSeconds: round1(first.seconds),
      provisionMatomoSites: api.sites.length,
      provisionMatomoAddSiteCalls: api.calls.filter((c) => c.apiMethod === 'SitesManager.addSite').length,
    }
  } finally {
    await matomo.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
