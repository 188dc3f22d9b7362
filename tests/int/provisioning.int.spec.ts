import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { parseBoardCsv, parseUnitsCsv } from '../../cms/features/provisioning/lists'
import { MATOMO_ALIASES_ADDED, MATOMO_ALIASES_PENDING } from '../../cms/features/provisioning/matomo-aliases'
import { ProvisionError, validateProvisionInput } from '../../cms/features/provisioning/provision'
import { loginAs, rest } from '../support/api'
import { hostGet } from '../support/host-request'
import { failNextApiCalls, readApiCalls, TEST_MATOMO_TOKEN, type ApiCall } from '../../scripts/lib/matomo-stand-in'
import { waitFor } from '../support/shared-payload'
import { removeCommunes } from '../support/remove-communes'
import { startSmtpStandIn } from '../support/smtp-stand-in'

/**
 * Provisioning through its command line (npm run provision), against the shared test server's
 * database and sites folder: the commune, its template content, its board's accounts and
 * invitations (a local SMTP server), its Matomo site (the Matomo stand-in, which records every
 * API call exactly) and its site, served by the running server.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provisioning-test-'))
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>
let adminToken: string

// biome-ignore lint/suspicious/noExplicitAny: the CLI's last JSON line, whatever its shape; the assertions check it
type Run = { code: number | null; stdout: string; stderr: string; json: any }

const cliEnv = (extra: Record<string, string> = {}) => ({
  ...process.env,
  DATA_DIR: inject('dataDir'),
  PORT: String(inject('port')),
  MATOMO_URL: inject('matomoUrl'),
  MATOMO_TOKEN: TEST_MATOMO_TOKEN,
  JOBS_AUTORUN: 'false',
  SMTP_URL: '',
  ...extra,
})

/** Runs the CLI to its end (or until `until` says to kill it, with SIGKILL). */
const provision = (
  args: string[],
  { env = {}, until }: { env?: Record<string, string>; until?: (stdout: string) => boolean } = {},
): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'scripts/provision.ts'), ...args, '--json'],
      { cwd: root, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString()
      if (until?.(stdout) && child.exitCode === null) child.kill('SIGKILL')
    })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? ''
      let json: unknown = null
      try {
        json = JSON.parse(last)
      } catch {
        /* killed, or no JSON line */
      }
      resolve({ code, stdout, stderr, json })
    })
  })

const file = (name: string, content: string) => {
  const p = path.join(work, name)
  fs.writeFileSync(p, content)
  return p
}

const communeByCode = async (code: string) =>
  (await rest('GET', `/api/communes?where[code][equals]=${code}&depth=0`, { token: adminToken })).body.docs[0]
const apiCalls = async (method: string, where: (c: ApiCall) => boolean = () => true) =>
  (await readApiCalls(inject('matomoUrl'))).calls.filter((c) => c.apiMethod === method && where(c))
const field = (call: ApiCall, name: string) => call.fields.find(([k]) => k === name)?.[1]
const siteServed = (slug: string, text: string) =>
  waitFor(
    `the site of ${slug}`,
    async () => {
      const reply = await hostGet(`${slug}.localhost`, '/')
      return reply.status === 200 && reply.body.includes(text) ? reply : null
    },
    60_000,
  )
const resetToken = (link: string) => /\/admin\/reset\/([0-9a-f]+)/.exec(link)?.[1]

beforeAll(async () => {
  smtp = await startSmtpStandIn()
  adminToken = (await loginAs('province-admin')).token
})

/** Every commune this file provisions: removed afterwards (with their exports), so the province is as seeded for the next tests. */
const CREATED_CODES = ['39101', '39102', '39103', '39201', '39202', '39301', '39302', '39303', '39304', '39401']

afterAll(async () => {
  await smtp?.close()
  fs.rmSync(work, { recursive: true, force: true })
  const created = await Promise.all(CREATED_CODES.map(communeByCode))
  await removeCommunes(
    adminToken,
    created.filter(Boolean).map((c) => c.slug),
  )
}, 300_000)

const ONE_NAME = 'Xã Thử Nghiệm'
const ONE_CODE = '39101'
const oneCommuneBoard = () =>
  file(
    'board.csv',
    'name,email,role\nNguyễn Văn Thử,thu.nguyen@example.com,trưởng ban\nTrần Thị Nghiệm,nghiem.tran@example.com,Biên tập viên\n"Lê Văn <Cộng>",cong.le@example.com,cộng tác viên\n',
  )
/** The arguments of the one-commune run: a commune with a board of three. */
const oneCommuneArgs = () => [
  '--name',
  ONE_NAME,
  '--code',
  ONE_CODE,
  '--district',
  'thanh pho long xuyen',
  '--theme',
  '7',
  '--board',
  oneCommuneBoard(),
]

/** One commune provisioned from the command line, with its board. */
const oneCommuneTests = () => {
  // The command starts Node and Payload and builds the site; the test waits up to 60 s for it to be served.
  it('creates the commune, its content, accounts and Matomo site, and serves its site', {
    timeout: 180_000,
  }, async () => {
    const first = await provision(oneCommuneArgs(), { env: { SMTP_URL: smtp.url } })
    expect(first.code, first.stdout + first.stderr).toBe(0)
    const { result, live } = first.json
    expect(live).toBe(true)
    expect(result.created).toBe(true)
    expect(result.commune).toMatchObject({ name: ONE_NAME, slug: 'thu-nghiem' })

    // The site, served by the running server, with the template's content filled in.
    const home = await siteServed('thu-nghiem', ONE_NAME)
    expect(home.body).toContain('data-theme=')
    const intro = await hostGet('thu-nghiem.localhost', '/gioi-thieu/')
    expect(intro.status).toBe(200)
    expect(intro.body).toContain('Xã Thử Nghiệm thuộc thành phố Long Xuyên, tỉnh An Giang.')

    const commune = await communeByCode(ONE_CODE)
    expect(commune).toMatchObject({ status: 'live', theme: 7, slug: 'thu-nghiem' })
    const count = async (collection: string) =>
      (await rest('GET', `/api/${collection}?where[tenant][equals]=${commune.id}&limit=0`, { token: adminToken })).body
        .totalDocs
    expect(await count('categories')).toBe(5)
    expect(await count('pages')).toBe(8)
    const settings = (
      await rest('GET', `/api/site-settings?where[tenant][equals]=${commune.id}`, { token: adminToken })
    ).body.docs[0]
    expect(settings.siteTitle).toBe('Trang thông tin điện tử Xã Thử Nghiệm')
    expect(settings.mainMenu.map((m: { url: string }) => m.url)).toContain('/thong-bao/')
    expect(settings.mainMenu.find((m: { url: string }) => m.url === '/tin-tuc/').children).toHaveLength(5)
    expect(settings.footer.responsiblePerson).toBe('Nguyễn Văn Thử')

    // Matomo: exactly one site, created with the commune's name, URL, time zone and district.
    const adds = await apiCalls('SitesManager.addSite', (c) => field(c, 'siteName') === ONE_NAME)
    expect(adds).toHaveLength(1)
    const add = adds[0]!
    expect(add.httpMethod).toBe('POST')
    expect(add.path).toBe('/index.php')
    expect(add.contentType).toMatch(/^application\/x-www-form-urlencoded/)
    expect(add.query).toEqual({})
    expect(Object.fromEntries(add.fields)).toMatchObject({
      module: 'API',
      format: 'JSON',
      siteName: ONE_NAME,
      'urls[0]': `http://thu-nghiem.localhost:${inject('port')}`,
      timezone: 'Asia/Ho_Chi_Minh',
      group: 'Thành phố Long Xuyên',
      token_auth: TEST_MATOMO_TOKEN,
    })
    const site = (await readApiCalls(inject('matomoUrl'))).sites.find((s) => s.name === ONE_NAME)!
    expect(commune.matomoSiteId).toBe(site.idsite)
    expect(result.matomoSiteId).toBe(site.idsite)

    // Accounts, each a member of the commune with its role, invited by email.
    for (const [email, role] of [
      ['thu.nguyen@example.com', 'chief'],
      ['nghiem.tran@example.com', 'editor'],
      ['cong.le@example.com', 'contributor'],
    ]) {
      const user = (await rest('GET', `/api/users?where[email][equals]=${email}&depth=0`, { token: adminToken })).body
        .docs[0]
      expect(user.tenants).toEqual([expect.objectContaining({ tenant: commune.id, role })])
      const mails = smtp.mails.filter((m) => m.to.includes(email))
      expect(mails).toHaveLength(1)
      expect(mails[0]!.subject).toBe('Mời tham gia Ban biên tập Trang thông tin điện tử Xã Thử Nghiệm')
      expect(mails[0]!.text).toMatch(/\/admin\/reset\/[0-9a-f]{40}/)
    }
    expect(
      result.invitations.every((i: { emailed: boolean; link: string | null }) => i.emailed && i.link === null),
    ).toBe(true)
    const html = smtp.mails.find((m) => m.to.includes('cong.le@example.com'))!.html
    expect(html).toContain('Lê Văn &lt;Cộng&gt;')
    expect(html).not.toContain('<Cộng>')

    // No token in what the command printed (the links went by email).
    for (const mail of smtp.mails) expect(first.stdout + first.stderr).not.toContain(resetToken(mail.text)!)

    // Every action is in the audit log.
    const audit = (
      await rest('GET', `/api/audit-logs?where[tenant][equals]=${commune.id}&limit=100&sort=at`, { token: adminToken })
    ).body.docs
    const actions = audit.map((e: { action: string }) => e.action)
    expect(actions.filter((a: string) => a === 'invite')).toHaveLength(3)
    expect(actions.filter((a: string) => a === 'provision').length).toBeGreaterThanOrEqual(4)
    expect(audit.map((e: { summary: string }) => e.summary)).toEqual(
      expect.arrayContaining([
        'Khởi tạo đơn vị Xã Thử Nghiệm (mã 39101)',
        `Trang thống kê Matomo idsite ${site.idsite}`,
      ]),
    )
    expect(JSON.stringify(audit)).not.toMatch(/\/admin\/reset\//)
  })
}

/** The invitation, a second run and invalid input. */
const oneCommuneFollowUpTests = () => {
  it('lets an invited member set a password and log in', async () => {
    const mail = smtp.mails.find((m) => m.to.includes('nghiem.tran@example.com'))!
    const token = resetToken(mail.text)!
    const reset = await rest('POST', '/api/users/reset-password', { body: { token, password: 'Mat-khau-moi-2026' } })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    const login = await rest('POST', '/api/users/login', {
      body: { email: 'nghiem.tran@example.com', password: 'Mat-khau-moi-2026' },
    })
    expect(login.status).toBe(200)
    // The link is used up.
    expect(
      (await rest('POST', '/api/users/reset-password', { body: { token, password: 'Lan-thu-hai-2026' } })).status,
    ).toBe(403)
  })

  it('creates nothing twice when run again', async () => {
    const mailsBefore = smtp.mails.length
    const again = await provision(oneCommuneArgs(), { env: { SMTP_URL: smtp.url } })
    expect(again.code, again.stdout + again.stderr).toBe(0)
    expect(again.json.result).toMatchObject({ created: false, changed: false, invitations: [] })
    expect(smtp.mails).toHaveLength(mailsBefore)
    expect(await apiCalls('SitesManager.addSite', (c) => field(c, 'siteName') === ONE_NAME)).toHaveLength(1)
    const commune = await communeByCode(ONE_CODE)
    expect(
      (await rest('GET', `/api/pages?where[tenant][equals]=${commune.id}&limit=0`, { token: adminToken })).body
        .totalDocs,
    ).toBe(8)
    expect(
      (await rest('GET', `/api/communes?where[code][equals]=${ONE_CODE}&limit=0`, { token: adminToken })).body
        .totalDocs,
    ).toBe(1)
    // A second `npm run provision` process boots Payload: minutes on a loaded 2-core machine.
  }, 240_000)

  it('refuses invalid input with messages naming the field', async () => {
    const run = await provision([
      '--name',
      'Xã Sai Mã',
      '--code',
      '3912',
      '--district',
      'Không Có Huyện Này',
      '--theme',
      '40',
    ])
    expect(run.code).toBe(2)
    const fields = run.json.errors.map((e: { field: string }) => e.field)
    expect(fields).toEqual(expect.arrayContaining(['code', 'theme']))
    expect(run.stderr).toContain('Mã đơn vị hành chính: gồm đúng 5 chữ số')
    expect(run.stderr).toContain('Giao diện: một số từ 1 đến 25')
    expect(await communeByCode('3912')).toBeUndefined()
  }, 240_000)
}

describe('npm run provision: one commune', () => {
  oneCommuneTests()
  oneCommuneFollowUpTests()
})

/** Without SMTP the invitation link is printed; a domain added later reaches Matomo. */
const invitationLinkTests = () => {
  it('prints the invitation link once; the domain reaches Matomo as an alias URL', async () => {
    const run = await provision([
      '--name',
      'Phường Thử Liên Kết',
      '--code',
      '39102',
      '--district',
      '883',
      '--theme',
      '3',
      '--board',
      file('one.csv', 'name,email,role\nPhạm Thị Liên,lien.pham@example.com,chief\n'),
    ])
    expect(run.code, run.stdout + run.stderr).toBe(0)
    const [invitation] = run.json.result.invitations
    expect(invitation).toMatchObject({ email: 'lien.pham@example.com', role: 'chief', emailed: false })
    const token = resetToken(invitation.link)!
    expect(run.stdout.split(token).length - 1).toBe(1)
    expect(run.stderr).not.toContain(token)
    expect(
      (await rest('POST', '/api/users/reset-password', { body: { token, password: 'Dat-mat-khau-moi-77' } })).status,
    ).toBe(200)
    expect(
      (
        await rest('POST', '/api/users/login', {
          body: { email: 'lien.pham@example.com', password: 'Dat-mat-khau-moi-77' },
        })
      ).status,
    ).toBe(200)

    const commune = await communeByCode('39102')
    const updated = await rest('PATCH', `/api/communes/${commune.id}`, {
      token: adminToken,
      body: { domains: [{ domain: 'thulienket.longxuyen.angiang.gov.vn' }] },
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const [alias] = await waitFor('the alias URL at Matomo', async () => {
      const calls = await apiCalls(
        'SitesManager.addSiteAliasUrls',
        (c) => field(c, 'idSite') === String(commune.matomoSiteId),
      )
      return calls.length ? calls : null
    })
    expect(Object.fromEntries(alias!.fields)).toMatchObject({
      'urls[0]': 'https://thulienket.longxuyen.angiang.gov.vn',
      token_auth: TEST_MATOMO_TOKEN,
      format: 'JSON',
      module: 'API',
    })
    expect(alias!.query).toEqual({})
    const site = (await readApiCalls(inject('matomoUrl'))).sites.find((s) => s.idsite === commune.matomoSiteId)!
    expect(site.urls).toContain('https://thulienket.longxuyen.angiang.gov.vn')
    await waitFor('the audit entry of the alias', async () => {
      const docs = (
        await rest(
          'GET',
          `/api/audit-logs?where[tenant][equals]=${commune.id}&where[summary][equals]=${encodeURIComponent(MATOMO_ALIASES_ADDED)}`,
          { token: adminToken },
        )
      ).body.docs
      return docs.length ? docs : null
    })
  })
}

/** Provisioning while Matomo is down. */
const matomoDownTests = () => {
  it('keeps a domain saved while Matomo is down, and sends it on the next provisioning run', async () => {
    const commune = await communeByCode('39102')
    await failNextApiCalls(inject('matomoUrl'), 1)
    const domain = 'thulienket2.longxuyen.angiang.gov.vn'
    const updated = await rest('PATCH', `/api/communes/${commune.id}`, {
      token: adminToken,
      body: { domains: [...commune.domains.map((d: { domain: string }) => ({ domain: d.domain })), { domain }] },
    })
    expect(updated.status).toBe(200)
    const auditOf = async (summary: string) =>
      (
        await rest(
          'GET',
          `/api/audit-logs?where[tenant][equals]=${commune.id}&where[summary][equals]=${encodeURIComponent(summary)}&sort=-at`,
          { token: adminToken },
        )
      ).body.docs
    const [pending] = await waitFor('the pending alias in the audit log', async () =>
      (await auditOf(MATOMO_ALIASES_PENDING)).length ? auditOf(MATOMO_ALIASES_PENDING) : null,
    )
    expect(pending.details.urls).toEqual([`https://${domain}`])
    expect(JSON.stringify(pending)).not.toContain(TEST_MATOMO_TOKEN)
    const site = () =>
      readApiCalls(inject('matomoUrl')).then((api) => api.sites.find((x) => x.idsite === commune.matomoSiteId)!)
    expect((await site()).urls).not.toContain(`https://${domain}`)

    // Any later provisioning run retries it first (here: a run that finds everything done).
    const run = await provision([
      '--name',
      'Phường Thử Liên Kết',
      '--code',
      '39102',
      '--district',
      '883',
      '--theme',
      '3',
    ])
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect((await site()).urls).toContain(`https://${domain}`)
    const added = await auditOf(MATOMO_ALIASES_ADDED)
    expect(Date.parse(added[0].at)).toBeGreaterThan(Date.parse(pending.at))
  })

  it('provisions the commune when Matomo is down, and adds the Matomo site on the next run', async () => {
    await failNextApiCalls(inject('matomoUrl'), 5)
    const args = ['--name', 'Xã Thử Matomo', '--code', '39103', '--district', 'Long Xuyên', '--theme', '12']
    const down = await provision(args)
    await failNextApiCalls(inject('matomoUrl'), 0)
    expect(down.code, down.stdout + down.stderr).toBe(0)
    expect(down.json.live).toBe(true)
    expect(down.json.result.matomoSiteId).toBeNull()
    expect(down.json.result.warnings.join(' ')).toContain('Matomo: tạo trang thống kê không thành công')
    expect(down.stdout + down.stderr).not.toContain(TEST_MATOMO_TOKEN)

    const again = await provision(args)
    expect(again.code, again.stdout + again.stderr).toBe(0)
    const site = (await readApiCalls(inject('matomoUrl'))).sites.filter((s) => s.name === 'Xã Thử Matomo')
    expect(site).toHaveLength(1)
    expect(again.json.result.matomoSiteId).toBe(site[0]!.idsite)
    expect((await communeByCode('39103')).matomoSiteId).toBe(site[0]!.idsite)
  })
}

describe('npm run provision: without SMTP, and a domain added later', () => {
  invitationLinkTests()
  matomoDownTests()
})

describe('npm run provision -- --from: a list', () => {
  it('provisions the good rows, reports the bad one, and skips them all on a second run', async () => {
    const list = file(
      'units.csv',
      [
        'name,type,code,district,theme',
        'Xã Danh Sách Một,xa,39201,Thành phố Long Xuyên,2',
        'Danh Sách Hai,phuong,39202,Thành phố Châu Đốc,',
        'Xã Mã Sai,xa,3920X,Thành phố Long Xuyên,4',
      ].join('\n'),
    )
    const run = await provision(['--from', list])
    expect(run.code, run.stdout + run.stderr).toBe(1)
    const { summary } = run.json
    expect(summary).toMatchObject({ created: 2, failed: 1, skipped: 0, interrupted: false, built: 2 })
    const failed = summary.units.find((u: { status: string }) => u.status === 'failed')
    expect(failed).toMatchObject({ row: 4, code: '3920X' })
    expect(failed.reason).toContain('Mã đơn vị hành chính: gồm đúng 5 chữ số')
    expect(run.stdout).toContain('Kết quả: tạo mới 2, tiếp tục 0, đã có 0, lỗi 1')
    expect(run.stdout).toContain('không tạo tài khoản nào')
    await siteServed('danh-sach-mot', 'Xã Danh Sách Một')
    await siteServed('danh-sach-hai', 'Phường Danh Sách Hai')

    const again = await provision(['--from', list])
    expect(again.code).toBe(1)
    expect(again.json.summary).toMatchObject({ created: 0, resumed: 0, skipped: 2, failed: 1, built: 0 })
    for (const n of ['Xã Danh Sách Một', 'Phường Danh Sách Hai'])
      expect(await apiCalls('SitesManager.addSite', (c) => field(c, 'siteName') === n)).toHaveLength(1)
  })

  it('resumes a run killed after its first unit', async () => {
    const names = ['Xã Dừng Một', 'Xã Dừng Hai', 'Xã Dừng Ba', 'Xã Dừng Bốn']
    const list = file(
      'stop.json',
      JSON.stringify(names.map((n, i) => ({ name: n, code: `3930${i + 1}`, district: 'Huyện Châu Thành' }))),
    )
    const killed = await provision(['--from', list], { until: (out) => /\[1\/4\] created/.test(out) })
    expect(killed.code).toBeNull() // killed (SIGKILL), no summary
    expect(killed.json).toBeNull()

    const resumed = await provision(['--from', list])
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0)
    const { summary } = resumed.json
    expect(summary.failed).toBe(0)
    expect(summary.units.find((u: { code: string }) => u.code === '39301').status).toBe('skipped')
    expect(summary.created + summary.resumed + summary.skipped).toBe(4)
    for (const [i, n] of names.entries()) {
      const commune = await communeByCode(`3930${i + 1}`)
      expect(commune).toMatchObject({ name: n, status: 'live' })
      expect(await apiCalls('SitesManager.addSite', (c) => field(c, 'siteName') === n)).toHaveLength(1)
      expect(
        (await rest('GET', `/api/pages?where[tenant][equals]=${commune.id}&limit=0`, { token: adminToken })).body
          .totalDocs,
      ).toBe(8)
      await siteServed(commune.slug, n)
    }
  })
})

describe('the template the province edits', () => {
  it("is the province admin's only, and new communes start from the edited version", async () => {
    const chief = (await loginAs('chief')).token
    expect((await rest('GET', '/api/globals/commune-template', { token: chief })).status).toBe(403)
    expect(
      (await rest('POST', '/api/globals/commune-template', { token: chief, body: { siteTitle: 'x' } })).status,
    ).toBe(403)

    const current = (await rest('GET', '/api/globals/commune-template', { token: adminToken })).body
    expect(current.categories.map((c: { name: string }) => c.name)).toContain('Chuyển đổi số')
    try {
      const saved = await rest('POST', '/api/globals/commune-template', {
        token: adminToken,
        body: {
          ...current,
          siteTitle: 'Cổng thông tin {Xa}',
          categories: [{ name: 'Tin {ten}', description: 'Tin tức của {xa}' }],
          pages: [
            { title: 'Giới thiệu', slug: 'gioi-thieu', content: null },
            { title: 'Lịch sử {ten}', slug: 'lich-su', parent: 'gioi-thieu', order: 1 },
          ],
        },
      })
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)
      const bad = await rest('POST', '/api/globals/commune-template', {
        token: adminToken,
        body: { pages: [{ title: 'Con', slug: 'con', parent: 'khong-co' }] },
      })
      expect(bad.status).toBe(400)
      expect(JSON.stringify(bad.body)).toContain('Trang cha: không có trang nào của mẫu có đường dẫn')

      const run = await provision([
        '--name',
        'Thị trấn Mẫu Mới',
        '--code',
        '39401',
        '--district',
        'Huyện Châu Thành',
        '--theme',
        '20',
      ])
      expect(run.code, run.stdout + run.stderr).toBe(0)
      const commune = await communeByCode('39401')
      const categories = (
        await rest('GET', `/api/categories?where[tenant][equals]=${commune.id}`, { token: adminToken })
      ).body.docs
      expect(
        categories.map((c: { name: string; slug: string; description: string }) => [c.name, c.slug, c.description]),
      ).toEqual([['Tin Mẫu Mới', 'tin-mau-moi', 'Tin tức của thị trấn Mẫu Mới']])
      const pages = (
        await rest('GET', `/api/pages?where[tenant][equals]=${commune.id}&sort=path`, { token: adminToken })
      ).body.docs
      expect(pages.map((p: { path: string; title: string }) => [p.path, p.title])).toEqual([
        ['gioi-thieu', 'Giới thiệu'],
        ['gioi-thieu/lich-su', 'Lịch sử Mẫu Mới'],
      ])
      const settings = (
        await rest('GET', `/api/site-settings?where[tenant][equals]=${commune.id}`, { token: adminToken })
      ).body.docs[0]
      expect(settings.siteTitle).toBe('Cổng thông tin Thị trấn Mẫu Mới')
      expect(settings.mainMenu.find((m: { url: string }) => m.url === '/gioi-thieu/').children).toEqual([
        expect.objectContaining({ label: 'Lịch sử Mẫu Mới', url: '/gioi-thieu/lich-su/' }),
      ])
      await siteServed(commune.slug, 'Thị trấn Mẫu Mới')
    } finally {
      // The template as it was, for the communes later tests provision.
      expect((await rest('POST', '/api/globals/commune-template', { token: adminToken, body: current })).status).toBe(
        200,
      )
    }
  })
})

describe('lists and input (no server)', () => {
  it('reads boards and unit lists in English or Vietnamese, with quoted fields', () => {
    const board = parseBoardCsv(
      '\uFEFFHọ tên,Thư điện tử,Vai trò\r\n"Võ, Văn A",A@Example.com,Phó ban\r\nB,b@example.com,CTV\r\nC,c@example.com,giám đốc\r\n',
    )
    expect(board.members).toEqual([
      { name: 'Võ, Văn A', email: 'a@example.com', role: 'chief' },
      { name: 'B', email: 'b@example.com', role: 'contributor' },
    ])
    expect(board.problems).toEqual([expect.objectContaining({ row: 4, field: 'role' })])
    expect(parseBoardCsv('name,email\nA,a@example.com\n').problems[0]!.message).toContain('thiếu cột "role"')
    const units = parseUnitsCsv(
      'name,type,code,district,district_code,theme,domains\nMỹ Khánh,Xã,30310,Thành phố Long Xuyên,883,7,a.gov.vn b.gov.vn\n',
    )
    expect(units.units[0]!.input).toEqual({
      name: 'Mỹ Khánh',
      type: 'xa',
      code: '30310',
      district: '883',
      theme: 7,
      domains: ['a.gov.vn', 'b.gov.vn'],
    })
    // Since 2025-07-01 there are no districts: the column may be empty or missing.
    const districtless = parseUnitsCsv('name,type,code,district\nMỹ Khánh,Xã,30310,\n')
    expect(districtless.problems).toEqual([])
    expect(districtless.units[0]!.input.district).toBe('')
    expect(districtless.units[0]!.district).toEqual({ name: undefined, code: undefined })
    const noColumn = parseUnitsCsv('name,type,code\nPhường Bình Đức,Phường,30292\n')
    expect(noColumn.problems).toEqual([])
    expect(noColumn.units[0]!.input).toMatchObject({ name: 'Phường Bình Đức', code: '30292', district: '' })
    expect(parseUnitsCsv('name,type\nA,Xã\n').problems[0]!.message).toContain('thiếu cột code')
    expect(validateProvisionInput({ name: 'Xã Mỹ Khánh', code: '30310', theme: 7 }).district).toBe('')
  })

  it('normalises the input and names every bad field', () => {
    expect(
      validateProvisionInput({ name: ' Thị Trấn  Núi Sập ', code: '30553', district: 'Thoại Sơn', theme: 3 }),
    ).toMatchObject({ name: 'Thị trấn Núi Sập', type: 'thi-tran' })
    expect(
      validateProvisionInput({ name: 'Mỹ Hoà', type: 'phuong', code: '30001', district: 'x', theme: 1 }).name,
    ).toBe('Phường Mỹ Hòa')
    try {
      validateProvisionInput({
        name: 'Phường A',
        type: 'xa',
        code: '1',
        district: '',
        theme: 0,
        domains: ['not a domain'],
        board: [{ name: '', email: 'x', role: 'boss' as never }],
      })
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(ProvisionError)
      // No district is no refusal: there are none since 2025-07-01.
      expect((err as ProvisionError).errors.map((e) => e.field)).toEqual([
        'name',
        'code',
        'theme',
        'domains[0]',
        'board[0].name',
        'board[0].email',
        'board[0].role',
      ])
      expect((err as ProvisionError).message).toMatch(
        /^Provisioning refused: name: name starts with phuong but type is xa/,
      )
    }
  })
})
