/**
 * The theme fixture set: the same rich demo commune (demo/sample-snapshot.ts, i.e. the CMS
 * seed's demo content) built once in each of the 25 themes, slugs `theme-01`..`theme-25`, with
 * the real Astro build, laid out as production publishes it (sites/build.ts): each site folder
 * holds its pages, a copy of the shared `_astro/` assets and its `media/`, ready to be served
 * at the root of a host. Used by tests/int/site-quality.int.spec.ts and
 * scripts/theme-screenshots.ts; runnable on its own to look at the sites:
 *
 *   npm exec -- tsx scripts/site-fixtures.ts [outDir] [--themes 1,6,11]
 *
 * Differences from the sample, all to keep the pages identical but for the theme and quiet on
 * the network: no custom domain, `matomoSiteId` set but `matomoUrl` null and no EMC ID (so no
 * `_analytics.js` and no tracker request), and three extra posts the search test relies on
 * (FIXTURE_POSTS: "Thông báo", "Hoà", "Hòa" in their titles).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import type { SitePost, SiteSnapshot } from '../contract/snapshot'
import { THEMES, themeByNumber, type Theme } from '../themes/index'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type FixtureSite = {
  /** 1..25 */
  number: number
  theme: Theme
  /** The commune slug of the fixture: `theme-01`.. */
  slug: string
  /** The built site, served at the root of a host. */
  dir: string
}

export type FixtureSet = {
  /** The temporary folder holding snapshots, build output and logs. */
  root: string
  sites: FixtureSite[]
  /** The template snapshot every fixture was cloned from (before the theme was set). */
  template: SiteSnapshot
  /** Seconds the Astro build took. */
  buildSeconds: number
  /** Removes the temporary folder (unless it was given by the caller). */
  cleanup: () => void
}

export const fixtureSlug = (n: number): string => `theme-${String(n).padStart(2, '0')}`

/**
 * Posts added to the demo content so the search checks cannot pass by luck: one title with
 * "Thông báo", and the same place name with the two tone placements, "Hoà" (old style, mark on
 * the a) and "Hòa" (new style, mark on the o), both in NFC.
 */
export const FIXTURE_POSTS = {
  notice: { slug: 'thong-bao-lich-cat-dien-khom-binh-thoi', title: 'Thông báo lịch cắt điện khóm Bình Thới ngày 20/6' },
  hoaOld: { slug: 'khanh-thanh-cau-hoa-binh-old', title: 'Khánh thành cầu Ho\u00e0 Bình bắc qua kênh Xáng' },
  hoaNew: {
    slug: 'ngay-hoi-dai-doan-ket-khom-hoa-long',
    title: 'Ngày hội Đại đoàn kết toàn dân tộc ở khóm H\u00f2a Long',
  },
} as const

const run = (args: string[], env: Record<string, string>, logFile: string): Promise<void> =>
  new Promise((resolve, reject) => {
    // process.execPath: the Node of `npm exec` (24, from the `node` devDependency).
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      fs.writeFileSync(logFile, output)
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `${args.slice(-4).join(' ')} exited with ${code}:\n${stripVTControlCharacters(output)
              .split('\n')
              .slice(-40)
              .join('\n')}`,
          ),
        )
    })
  })

const extraPosts = (template: SiteSnapshot): SitePost[] => {
  const model = template.posts.find((p) => p.cover) ?? template.posts[0]!
  const day = (d: number) => new Date(Date.parse(template.generatedAt) - d * 3_600_000).toISOString()
  return [
    {
      ...model,
      ...FIXTURE_POSTS.notice,
      excerpt: 'Điện lực tạm ngừng cung cấp điện để bảo trì lưới điện từ 7 giờ đến 11 giờ.',
      publishedAt: day(20),
      updatedAt: day(20),
      featured: false,
    },
    {
      ...model,
      ...FIXTURE_POSTS.hoaOld,
      excerpt: 'Cây cầu bê tông rộng 3,5 mét thay cho cầu khỉ cũ, học sinh đi học an toàn hơn.',
      publishedAt: day(22),
      updatedAt: day(22),
      featured: false,
    },
    {
      ...model,
      ...FIXTURE_POSTS.hoaNew,
      excerpt: 'Bà con khóm Hòa Long cùng ôn lại truyền thống Mặt trận Tổ quốc Việt Nam.',
      publishedAt: day(24),
      updatedAt: day(24),
      featured: false,
    },
  ]
}

/** The fixture snapshot of theme `n`: the template in that theme, network-quiet. */
export const fixtureSnapshot = (template: SiteSnapshot, n: number): SiteSnapshot => {
  const snap = structuredClone(template)
  snap.matomoUrl = null
  snap.commune = { ...snap.commune, slug: fixtureSlug(n), theme: n, domains: [], matomoSiteId: n, emcSiteId: null }
  snap.posts = [...extraPosts(template), ...snap.posts]
  return snap
}

/**
 * Builds the fixture sites of the given theme numbers (all 25 by default) into `outDir` (a new
 * temporary folder by default). Takes about a minute for 25 themes.
 */
export const buildSiteFixtures = async ({
  themes = THEMES.map((t) => t.number),
  outDir,
  log = () => undefined,
}: {
  themes?: number[]
  outDir?: string
  log?: (line: string) => void
} = {}): Promise<FixtureSet> => {
  const work = outDir ? path.resolve(outDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'site-fixtures-'))
  const cleanup = () => {
    if (!outDir) fs.rmSync(work, { recursive: true, force: true })
  }
  try {
    fs.mkdirSync(work, { recursive: true })
    const sampleDir = path.join(work, 'sample')
    const snapshotDir = path.join(work, 'snapshots')
    const distDir = path.join(work, 'dist')
    for (const d of [sampleDir, snapshotDir, distDir]) fs.rmSync(d, { recursive: true, force: true })
    fs.mkdirSync(snapshotDir, { recursive: true })

    log('Writing the demo snapshot (demo/sample-snapshot.ts)…')
    await run(
      ['--import', 'tsx', path.join(root, 'demo/sample-snapshot.ts'), sampleDir],
      {},
      path.join(work, 'make-sample.log'),
    )
    // The sample's first commune (my-binh) carries every home section, the alert and a full menu.
    const sampleFiles = fs.readdirSync(sampleDir).filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    const templateFile = sampleFiles.includes('my-binh.json') ? 'my-binh.json' : sampleFiles.sort()[0]
    if (!templateFile) throw new Error(`make-sample wrote no snapshot into ${sampleDir}`)
    const template = JSON.parse(fs.readFileSync(path.join(sampleDir, templateFile), 'utf8')) as SiteSnapshot

    for (const n of themes) {
      themeByNumber(n) // throws on a number outside 1..25
      fs.writeFileSync(path.join(snapshotDir, `${fixtureSlug(n)}.json`), JSON.stringify(fixtureSnapshot(template, n)))
    }
    fs.copyFileSync(path.join(sampleDir, '_directory.json'), path.join(snapshotDir, '_directory.json'))

    log(`Building ${themes.length} sites with Astro…`)
    const started = Date.now()
    // Astro leaves an empty <cwd>/.astro/ behind (sites/README.md); remove it if it was not there.
    const dotAstro = path.join(root, '.astro')
    const hadDotAstro = fs.existsSync(dotAstro)
    await run(
      [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', path.join(root, 'sites')],
      { SITES_SNAPSHOT_DIR: snapshotDir, SITES_OUT_DIR: distDir, ASTRO_TELEMETRY_DISABLED: '1' },
      path.join(work, 'astro-build.log'),
    )
    if (!hadDotAstro) {
      try {
        fs.rmdirSync(dotAstro) // only when empty
      } catch {}
    }
    const buildSeconds = (Date.now() - started) / 1000
    log(`Built in ${buildSeconds.toFixed(1)} s.`)

    // As production publishes a site (sites/build.ts publishSite): shared assets and media in
    // the site's own folder, served at /_astro/ and /media/.
    const assets = path.join(distDir, '_astro')
    const media = path.join(sampleDir, 'media')
    const sites: FixtureSite[] = themes.map((n) => {
      const dir = path.join(distDir, fixtureSlug(n))
      if (!fs.existsSync(path.join(dir, 'index.html')))
        throw new Error(`the build produced no home page for ${fixtureSlug(n)} (${dir})`)
      if (fs.existsSync(assets)) fs.cpSync(assets, path.join(dir, '_astro'), { recursive: true })
      if (fs.existsSync(media)) fs.cpSync(media, path.join(dir, 'media'), { recursive: true })
      return { number: n, theme: themeByNumber(n), slug: fixtureSlug(n), dir }
    })
    return { root: work, sites, template, buildSeconds, cleanup }
  } catch (err) {
    cleanup()
    throw err
  }
}

// CLI: build the set into a folder to look at it.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const i = args.indexOf('--themes')
  const themes = i >= 0 ? args.splice(i, 2)[1]!.split(',').map(Number) : undefined
  const outDir = path.resolve(args[0] ?? path.join(os.tmpdir(), 'site-fixtures'))
  const set = await buildSiteFixtures({ themes, outDir, log: console.log })
  for (const s of set.sites) console.log(`${s.slug}  ${s.theme.slug.padEnd(32)} ${s.dir}`)
}
