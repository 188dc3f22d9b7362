/**
 * Writes sample snapshots, so the sites can be built and looked at without the CMS:
 *
 *   npm exec -- tsx demo/sample-snapshot.ts [outDir] [--count N] [--scale S]
 *
 * outDir defaults to sites/fixtures/sample. Without --count it writes three communes (a phường,
 * a xã and a thị trấn) in three different layout families; with --count N the first N communes
 * of the province, themes spread over all 25 (for timing a province-sized build). Always writes
 * `_directory.json` (all 156 communes) and placeholder images in `<outDir>/media/` for previews.
 * The content is the CMS seed's demo content (`demo/demo-content.ts`), so it reads like the
 * real thing; rich text becomes the simple HTML the exporter produces.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import {
  communeTypeWord,
  DISCLOSURE_CATEGORIES,
  DOCUMENT_FIELDS,
  DOCUMENT_TYPES,
  ORGANS,
  PROCEDURE_FIELDS,
  type CommuneType,
} from '../contract/vocabulary'
import type {
  DirectorySnapshot,
  SiteCommune,
  SiteFile,
  SiteImage,
  SiteSettings,
  SiteSnapshot,
} from '../contract/snapshot'
import { THEMES } from '../themes/index'
import type { LexicalDoc } from '../cms/lib/lexical'
import { communeTypeOf } from '../cms/features/provisioning/units'
import { buildDemoContent, type DemoContent } from './demo-content'

type Unit = { code: string; name: string; type: string; districtCode: string; slug: string }
type UnitData = { province: { name: string }; districts: { code: string; name: string }[]; communes: Unit[] }

const here = path.dirname(new URL(import.meta.url).pathname)
const units = JSON.parse(
  fs.readFileSync(path.join(here, '../cms/features/provisioning/data/an-giang-2023.json'), 'utf8'),
) as UnitData

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name)
  if (i === -1) return undefined
  const value = args[i + 1]
  args.splice(i, 2)
  return value
}
const count = flag('--count')
const scale = Number(flag('--scale') ?? 1)
const outDir = path.resolve(args[0] ?? path.join(here, 'sample'))

const NOW = new Date('2025-06-15T03:00:00.000Z')

/** The label of a value of the shared vocabulary (contract/vocabulary.ts), or null. */
const labelIn = (list: readonly { value: string; label: string }[], value: string): string | null =>
  list.find((item) => item.value === value)?.label ?? null

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** What the exporter's Lexical→HTML converter gives for paragraphs and h2 headings. */
const toHtml = (doc: LexicalDoc): string =>
  doc.root.children
    .map((node) => {
      const text = escapeHtml(node.children.map((c) => c.text).join(''))
      return node.type === 'heading' ? `<h2>${text}</h2>` : `<p>${text}</p>`
    })
    .join('')

const fakeImage = (alt: string): SiteImage => ({
  src: '/media/demo-1.jpg',
  width: 1200,
  height: 675,
  alt,
  srcset: [
    { src: '/media/demo-1-400x225.webp', width: 400 },
    { src: '/media/demo-1-800x450.webp', width: 800 },
  ],
})
const pdf = (slug: string, title: string, size: number): SiteFile => ({
  url: `/media/${slug}.pdf`,
  filename: `${slug}.pdf`,
  mimeType: 'application/pdf',
  size,
  title,
})
const inText = (name: string, type: CommuneType) => {
  const word = communeTypeWord(type)
  return name.toLocaleLowerCase('vi').startsWith(word) ? word + name.slice(word.length) : name
}
const withoutDemoMark = (title: string) => title.replace(/^\[Demo\] /, '')

const SECTION_SETS = [
  ['featured', 'latest-news', 'announcements', 'documents', 'disclosures', 'procedures', 'leaders'],
  ['featured', 'latest-news', 'announcements', 'documents'],
  ['announcements', 'latest-news', 'procedures', 'leaders', 'disclosures'],
]

/** One sample commune: its unit, its place in the sample (which varies the settings) and its demo content. */
type Sample = { unit: Unit; index: number; theme: number; type: CommuneType; districtName: string; demo: DemoContent }

const samplePages = (demo: DemoContent): SiteSnapshot['pages'] =>
  demo.pages.map((p) => ({
    slug: p.slug,
    path: p.parentSlug ? `${p.parentSlug}/${p.slug}` : p.slug,
    title: p.title,
    html: toHtml(p.content),
    parentPath: p.parentSlug,
    order: p.order,
  }))

const sampleMenu = (demo: DemoContent, pages: SiteSnapshot['pages']): SiteSettings['mainMenu'] => [
  {
    label: 'Giới thiệu',
    url: '/gioi-thieu/',
    children: pages.filter((p) => p.parentPath === 'gioi-thieu').map((p) => ({ label: p.title, url: `/${p.path}/` })),
  },
  { label: 'Tổ chức bộ máy', url: '/to-chuc-bo-may/', children: [] },
  {
    label: 'Tin tức',
    url: '/tin-tuc/',
    children: demo.categories.map((c) => ({ label: c.name, url: `/tin-tuc/${c.slug}/` })),
  },
  { label: 'Thông báo', url: '/thong-bao/', children: [] },
  { label: 'Văn bản', url: '/van-ban/', children: [] },
  { label: 'Công khai', url: '/cong-khai/', children: [] },
  { label: 'Thủ tục hành chính', url: '/thu-tuc-hanh-chinh/', children: [] },
  { label: 'Hỏi đáp', url: '/hoi-dap/', children: [] },
  { label: 'Liên hệ', url: '/lien-he/', children: [] },
]

const sampleCommune = ({ unit, index, theme, type, districtName, demo }: Sample): SiteCommune => {
  const chair = demo.officials.find((o) => o.position === 'Chủ tịch UBND') ?? demo.officials[0]!
  const chief = demo.officials.find((o) => o.position === 'Phó Chủ tịch UBND') ?? chair
  return {
    slug: unit.slug,
    name: unit.name,
    type,
    code: unit.code,
    districtName,
    provinceName: units.province.name,
    theme,
    domains: index === 0 ? [`${unit.slug.replace(/-/g, '')}.angiang.gov.vn`] : [],
    logo: null,
    contact: {
      address: `Trụ sở UBND ${inText(unit.name, type)}, ${districtName}, ${units.province.name}`,
      phone: `0296 38${52 + (index % 40)} ${100 + ((index * 37) % 900)}`,
      email: `ubnd.${unit.slug}@angiang.gov.vn`,
    },
    spokesperson: {
      name: chair.name,
      position: `${chair.position} ${inText(unit.name, type)}`,
      phone: chair.phone,
      email: chair.email,
    },
    socialAccounts: [
      { platform: 'facebook', url: `https://www.facebook.com/ubnd.${unit.slug}` },
      { platform: 'zalo', url: `https://zalo.me/ubnd${unit.slug.replace(/-/g, '')}` },
    ],
    responsiblePerson: chief.name,
    // Analytics: Matomo (0, 3, …), none although MATOMO_URL is set (1, 4, …), EMC only (2, 5, …).
    matomoSiteId: index % 3 === 0 ? index + 1 : null,
    emcSiteId: index % 3 === 2 ? `emc-${unit.code}` : null,
    trustBadgeId: index % 3 === 0 ? `${7000 + index}` : null,
  }
}

const sampleSettings = ({ unit, index }: Sample, menu: SiteSettings['mainMenu']): SiteSettings => ({
  siteTitle: `Trang thông tin điện tử ${unit.name}`,
  mainMenu: index === 1 ? [] : menu,
  homepageSections: SECTION_SETS[index % 3]!,
  alert:
    index % 3 === 0
      ? {
          active: true,
          text: 'Mực nước sông Hậu đang lên nhanh. Người dân vùng trũng thấp chủ động gia cố nhà cửa, không cho trẻ em chơi gần sông, kênh rạch.',
        }
      : { active: false, text: null },
  footer: {
    note: index % 3 === 1 ? 'Ghi rõ nguồn "Trang thông tin điện tử" khi phát hành lại thông tin từ trang này.' : null,
    links: [
      { label: 'Cổng thông tin điện tử tỉnh An Giang', url: 'https://www.angiang.gov.vn/' },
      { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn/' },
    ],
  },
})

const samplePosts = (demo: DemoContent): SiteSnapshot['posts'] =>
  demo.posts.map((p) => ({
    slug: p.slug,
    title: p.title,
    excerpt: p.excerpt,
    html: toHtml(p.content),
    publishedAt: p.publishedAt,
    updatedAt: p.publishedAt,
    categories: p.categorySlugs,
    cover: p.coverImageIndex === 2 ? null : fakeImage(`Ảnh minh họa: ${withoutDemoMark(p.title)}`),
    authors: p.authors.map((a) => a.name),
    photographers: p.photographers.map((a) => a.name),
    origin: p.origin,
    source: p.source ?? null,
    featured: p.featured,
  }))

const sampleAnnouncements = (demo: DemoContent): SiteSnapshot['announcements'] =>
  demo.announcements.map((a, i) => ({
    slug: a.slug,
    title: a.title,
    html: toHtml(a.content),
    urgency: a.urgency,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    publishedAt: a.validFrom,
    files: i === 0 ? [pdf(a.slug, `Toàn văn ${withoutDemoMark(a.title).toLocaleLowerCase('vi')}`, 182_340)] : [],
  }))

/** Every fourth document has a spreadsheet annex beside its PDF. */
const documentFiles = (slug: string, number: string, i: number): SiteFile[] => [
  pdf(slug, `Văn bản ${number}`, 95_000 + i * 13_771),
  ...(i % 4 === 0
    ? [
        {
          ...pdf(`${slug}-phu-luc`, 'Phụ lục kèm theo', 41_200),
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          filename: `${slug}-phu-luc.xlsx`,
          url: `/media/${slug}-phu-luc.xlsx`,
        },
      ]
    : []),
]

const sampleDocuments = (demo: DemoContent): SiteSnapshot['documents'] =>
  demo.documents.map((d, i) => ({
    slug: d.slug,
    number: d.number,
    title: d.title,
    docType: d.docType,
    docTypeLabel: labelIn(DOCUMENT_TYPES, d.docType) ?? d.docType,
    field: d.field,
    fieldLabel: labelIn(DOCUMENT_FIELDS, d.field),
    issuer: d.issuer,
    signer: d.signer,
    issueDate: d.issueDate,
    effectiveDate: d.effectiveDate,
    summary: d.summary,
    files: documentFiles(d.slug, d.number, i),
  }))

const sampleOfficials = (demo: DemoContent): SiteSnapshot['officials'] =>
  demo.officials.map((o, i) => ({
    name: o.name,
    position: o.position,
    organ: o.organ,
    organLabel: labelIn(ORGANS, o.organ) ?? o.organ,
    photo: i % 3 === 2 ? null : fakeImage(`Ảnh chân dung ${o.name}`),
    duties: o.duties,
    biography: o.biography,
    phone: o.phone,
    email: o.email,
    order: o.order,
  }))

const sampleDisclosures = (demo: DemoContent): SiteSnapshot['disclosures'] =>
  demo.disclosures
    // Leave one category empty, so "Chưa có nội dung" shows.
    .filter((d) => d.category !== 'goi-nhap-ngu')
    .map((d) => {
      const gapDays = (Date.parse(d.publicationDate) - Date.parse(d.decisionDate)) / 86_400_000
      return {
        slug: d.slug,
        title: d.title,
        category: d.category,
        categoryLabel: labelIn(DISCLOSURE_CATEGORIES, d.category) ?? d.category,
        decisionDate: d.decisionDate,
        publicationDate: d.publicationDate,
        publishedOnTime: gapDays <= 7,
        html: toHtml(d.content),
        files: [],
      }
    })

const sampleProcedures = (demo: DemoContent): SiteSnapshot['procedures'] =>
  demo.procedures.map((p) => ({
    slug: p.slug,
    name: p.name,
    code: p.code,
    field: p.field,
    fieldLabel: labelIn(PROCEDURE_FIELDS, p.field),
    processingTime: p.processingTime,
    fee: p.fee,
    nationalPortalUrl: p.nationalPortalUrl,
    summary: null,
  }))

const sampleQuestions = (unit: Unit, demo: DemoContent): SiteSnapshot['questions'] =>
  demo.questions.map((q, i) => ({
    id: `${unit.code}-${i + 1}`,
    askerName: q.askerName,
    question: q.question,
    answer: q.answer,
    answeredAt: q.answeredAt,
    askedAt: q.consentAt,
  }))

function makeSnapshot(unit: Unit, index: number, theme: number): SiteSnapshot {
  const type = communeTypeOf(unit.type) ?? 'xa'
  const districtName = units.districts.find((d) => d.code === unit.districtCode)?.name ?? ''
  const demo = buildDemoContent({
    commune: { name: unit.name, slug: unit.slug, code: unit.code, districtName, type },
    now: NOW,
    scale,
  })
  const sample: Sample = { unit, index, theme, type, districtName, demo }
  const pages = samplePages(demo)
  return {
    generatedAt: NOW.toISOString(),
    matomoUrl: index % 3 === 2 ? null : 'https://thongke.angiang.gov.vn/',
    commune: sampleCommune(sample),
    settings: sampleSettings(sample, sampleMenu(demo, pages)),
    categories: demo.categories.map((c) => ({ slug: c.slug, name: c.name, description: c.description })),
    posts: samplePosts(demo),
    pages,
    announcements: sampleAnnouncements(demo),
    documents: sampleDocuments(demo),
    officials: sampleOfficials(demo),
    disclosures: sampleDisclosures(demo),
    disclosureCategories: DISCLOSURE_CATEGORIES.map((c) => ({ value: c.value, label: c.label })),
    procedures: sampleProcedures(demo),
    questions: sampleQuestions(unit, demo),
  }
}

const baseUrl = (slug: string, domains: string[]) =>
  domains[0]
    ? `https://${domains[0]}`
    : (process.env.SITES_BASE_URL_TEMPLATE ?? 'http://{slug}.localhost:3000').replace('{slug}', slug)

async function writePlaceholderImages(dir: string) {
  fs.mkdirSync(dir, { recursive: true })
  // A rice-field-ish gradient: sky over green, so screenshots show where images sit.
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9fd3f0"/><stop offset="0.55" stop-color="#e8f4fb"/><stop offset="0.56" stop-color="#7fb341"/><stop offset="1" stop-color="#3f7a1f"/></linearGradient></defs><rect width="1200" height="675" fill="url(#s)"/><circle cx="960" cy="140" r="70" fill="#ffd75e"/></svg>`,
  )
  await sharp(svg).jpeg({ quality: 70 }).toFile(path.join(dir, 'demo-1.jpg'))
  await sharp(svg).resize(400, 225).webp({ quality: 60 }).toFile(path.join(dir, 'demo-1-400x225.webp'))
  await sharp(svg).resize(800, 450).webp({ quality: 60 }).toFile(path.join(dir, 'demo-1-800x450.webp'))
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true })
  for (const f of fs.readdirSync(outDir)) if (f.endsWith('.json')) fs.rmSync(path.join(outDir, f))
  let picked: { unit: Unit; theme: number }[]
  if (count) {
    picked = units.communes.slice(0, Math.max(1, Number(count))).map((unit, i) => ({ unit, theme: (i % 25) + 1 }))
  } else {
    // Three families, so one sample build shows the layout variants side by side.
    // Different colour schemes too: the n-th theme of each family.
    const themeOf = (family: string, n: number) => THEMES.filter((t) => t.family === family)[n]?.number ?? 1
    const bySlug = (slug: string) => units.communes.find((c) => c.slug === slug)!
    picked = [
      { unit: bySlug('my-binh'), theme: themeOf('cong-thong-tin', 2) },
      { unit: bySlug('my-hoa-hung'), theme: themeOf('tap-chi', 1) },
      { unit: bySlug('thi-tran-an-phu'), theme: themeOf('hanh-chinh', 3) },
    ]
  }
  for (const [i, { unit, theme }] of picked.entries()) {
    const snap = makeSnapshot(unit, i, theme)
    fs.writeFileSync(path.join(outDir, `${unit.slug}.json`), JSON.stringify(snap, null, 1))
  }
  const directory: DirectorySnapshot = {
    generatedAt: NOW.toISOString(),
    provinceName: units.province.name,
    districts: units.districts.map((d) => ({
      name: d.name,
      communes: units.communes
        .filter((c) => c.districtCode === d.code)
        .map((c) => ({ name: c.name, slug: c.slug, url: baseUrl(c.slug, []) })),
    })),
  }
  fs.writeFileSync(path.join(outDir, '_directory.json'), JSON.stringify(directory, null, 1))
  await writePlaceholderImages(path.join(outDir, 'media'))
  console.log(
    `Wrote ${picked.length} snapshots (${picked.map((p) => `${p.unit.slug}: theme ${p.theme}`).join(', ')}) and _directory.json to ${outDir}`,
  )
}

await main()
