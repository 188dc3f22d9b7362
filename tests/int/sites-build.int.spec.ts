import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { themeByNumber } from '../../themes/index'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { sharedPayload, waitFor } from '../support/shared-payload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const live = () => path.join(inject('dataDir'), 'sites', 'my-binh', 'current')

/** Runs `npm run sites:build` against the test server's data folder. */
const sitesBuild = (args: string[], { killAfterMs }: { killAfterMs?: number } = {}) =>
  new Promise<{ code: number | null; output: string; pid: number }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/sites-build.ts'), ...args], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: inject('dataDir'),
        MATOMO_URL: inject('matomoUrl'),
        PORT: String(inject('port')),
        JOBS_AUTORUN: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    if (killAfterMs) {
      // Kill once Astro is at work (a work folder exists), as a crash mid-build would.
      const timer = setInterval(() => {
        if (fs.readdirSync(path.join(inject('dataDir'), 'sites')).some((n) => n.startsWith(`.work-${child.pid}-`))) {
          clearInterval(timer)
          setTimeout(() => child.kill('SIGKILL'), killAfterMs)
        }
      }, 20)
      child.once('exit', () => clearInterval(timer))
    }
    child.once('exit', (code) => resolve({ code, output, pid: child.pid! }))
  })

describe('npm run sites:build', () => {
  it('names an unknown commune and exits non-zero', async () => {
    const { code, output } = await sitesBuild(['--only', 'khong-ton-tai'])
    expect(code).toBe(1)
    expect(output).toContain('FAILED khong-ton-tai')
  })

  it('applies a new theme chosen in the admin at the next build, switching the live version', async () => {
    const { token } = await loginAs('chief', 'my-binh')
    const commune = (await rest('GET', '/api/communes?where[slug][equals]=my-binh&depth=0', { token })).body.docs[0]
    const next = commune.theme === 12 ? 13 : 12
    expect((await rest('PATCH', `/api/communes/${commune.id}`, { token, body: { theme: next } })).status).toBe(200)
    const before = fs.readlinkSync(live())
    const { code, output } = await sitesBuild(['--only', 'my-binh'])
    expect(code, output).toBe(0)
    expect(output).toMatch(/Built 1 sites/)
    expect(fs.readlinkSync(live())).not.toBe(before)
    const home = await hostGet('my-binh.localhost', '/')
    expect(home.body).toContain(`data-theme="${themeByNumber(next).slug}"`)
  })

  it('leaves the previous site live when a build is killed midway', async () => {
    // The server's own worker may still be building my-binh (the theme change above queued it):
    // let it finish, so the only build in flight is the one killed here.
    const payload = await sharedPayload()
    try {
      const id = (await payload.find({ collection: 'communes', where: { slug: { equals: 'my-binh' } }, depth: 0 }))
        .docs[0]!.id
      await waitFor(
        'the server’s build of my-binh',
        async () =>
          (
            await payload.count({
              collection: 'payload-jobs',
              where: { and: [{ concurrencyKey: { equals: `site:${id}` } }, { completedAt: { exists: false } }] },
            })
          ).totalDocs === 0,
      )
    } finally {
      await payload.destroy()
    }
    const before = fs.readlinkSync(live())
    const { code, pid } = await sitesBuild(['--only', 'my-binh'], { killAfterMs: 300 })
    expect(code).not.toBe(0)
    expect(fs.readlinkSync(live())).toBe(before)
    expect((await hostGet('my-binh.localhost', '/')).status).toBe(200)
    // The next build cleans what the killed one left and goes live.
    const again = await sitesBuild(['--only', 'my-binh'])
    expect(again.code, again.output).toBe(0)
    expect(fs.readdirSync(path.join(inject('dataDir'), 'sites')).filter((n) => n.startsWith(`.work-${pid}-`))).toEqual(
      [],
    )
  })
})
