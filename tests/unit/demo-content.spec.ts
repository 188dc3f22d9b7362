import { describe, it, expect } from 'vitest'
import sharp from 'sharp'
import { buildDemoContent, type DemoContent } from '../../demo/demo-content'
import { makeDemoImage, makeDemoPdf } from '../../demo/demo-files'
import { DISCLOSURE_CATEGORIES } from '../../contract/vocabulary'

const now = new Date('2025-06-15T08:00:00.000Z')
const xa = {
  name: 'Xã Mỹ Hòa Hưng',
  slug: 'my-hoa-hung',
  code: '30307',
  districtName: 'Thành phố Long Xuyên',
  type: 'xa' as const,
}
const phuong = {
  name: 'Phường Mỹ Bình',
  slug: 'my-binh',
  code: '30280',
  districtName: 'Thành phố Long Xuyên',
  type: 'phuong' as const,
}
const content = buildDemoContent({ commune: xa, now })

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const DAY = 86_400_000

/** Every item list of the content, to check properties shared by all. */
const lists = (c: DemoContent) => Object.entries(c) as [keyof DemoContent, Record<string, unknown>[]][]

/** Visits every string in a value, with its path. */
const walkStrings = (value: unknown, visit: (s: string, path: string) => void, path = '$'): void => {
  if (typeof value === 'string') visit(value, path)
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) walkStrings(v, visit, `${path}[${i}]`)
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walkStrings(v, visit, `${path}.${k}`)
}

/** Counts, determinism, NFC text and slugs. */
const countsAndFormTests = () => {
  it('has the expected counts at scale 1', () => {
    expect(content.categories).toHaveLength(5)
    expect(content.posts).toHaveLength(20)
    expect(content.announcements).toHaveLength(5)
    expect(content.documents).toHaveLength(10)
    expect(content.officials).toHaveLength(8)
    expect(content.disclosures).toHaveLength(14)
    expect(new Set(content.disclosures.map((d) => d.category))).toEqual(
      new Set(DISCLOSURE_CATEGORIES.map((c) => c.value)),
    )
    expect(content.procedures).toHaveLength(10)
    expect(content.questions).toHaveLength(3)
    expect(content.pages.map((p) => p.slug)).toHaveLength(8)
    const children = content.pages.filter((p) => p.parentSlug === 'gioi-thieu').map((p) => p.slug)
    expect(children.sort()).toEqual([
      'ban-do-hanh-chinh',
      'di-tich-danh-thang',
      'dieu-kien-tu-nhien',
      'lich-su',
      'tong-quan',
    ])
    expect(
      content.pages
        .filter((p) => p.parentSlug === null)
        .map((p) => p.slug)
        .sort(),
    ).toEqual(['gioi-thieu', 'lien-he', 'tiep-can-thong-tin'])
    // Parents come before their children, so the seed can resolve parent ids in one pass.
    const seen = new Set<string>()
    for (const p of content.pages) {
      if (p.parentSlug) expect(seen.has(p.parentSlug)).toBe(true)
      seen.add(p.slug)
    }
  })

  it('is deterministic', () => {
    expect(buildDemoContent({ commune: xa, now })).toEqual(content)
  })

  it('differs between communes', () => {
    const other = buildDemoContent({ commune: phuong, now })
    expect(other.posts.map((p) => p.title)).not.toEqual(content.posts.map((p) => p.title))
    expect(other.officials.map((o) => o.email).every((e) => e.endsWith('@my-binh.angiang.gov.vn'))).toBe(true)
  })

  it('uses NFC strings only, with every template token filled', () => {
    for (const c of [content, buildDemoContent({ commune: phuong, now, scale: 3 })])
      walkStrings(c, (s, path) => {
        expect(s.normalize('NFC'), path).toBe(s)
        expect(s, path).not.toMatch(/[{}]/u)
      })
  })

  it('has unique, well-formed slugs per type', () => {
    for (const [key, items] of lists(content)) {
      const slugs = items.map((i) => i.slug).filter((s): s is string => typeof s === 'string')
      if (slugs.length === 0) continue
      expect(slugs.length, key).toBe(items.length)
      expect(new Set(slugs).size, key).toBe(slugs.length)
      for (const s of slugs) expect(s, key).toMatch(SLUG_RE)
    }
  })
}

/** Titles, posts, disclosures, announcements and documents. */
const itemTests = () => {
  it('titles start with "[Demo] " and every item is marked demo', () => {
    const titled = [content.posts, content.announcements, content.documents, content.disclosures].flat()
    for (const item of titled) expect(item.title.startsWith('[Demo] ')).toBe(true)
    for (const [key, items] of lists(content)) for (const item of items) expect(item.demo, key).toBe(true)
  })

  it('posts: authors, featured, reprints, categories, intro', () => {
    const categorySlugs = new Set(content.categories.map((c) => c.slug))
    for (const p of content.posts) {
      expect(p.authors.reduce((sum, a) => sum + a.share, 0)).toBe(100)
      expect(p.authors.length).toBeGreaterThanOrEqual(1)
      expect(p.authors.length).toBeLessThanOrEqual(2)
      expect(p.categorySlugs.length).toBeGreaterThanOrEqual(1)
      for (const s of p.categorySlugs) expect(categorySlugs.has(s)).toBe(true)
      expect(p.content.root.children.length).toBeGreaterThanOrEqual(3)
      expect(p.content.root.children.length).toBeLessThanOrEqual(5)
      expect(p.content.root.children[0]!.children[0]!.text).toContain(
        `Nội dung minh họa cho trang thông tin điện tử ${xa.name}.`,
      )
      expect(p.origin === 'reprint').toBe(p.source !== undefined)
      expect(p.coverImageIndex).toBeGreaterThanOrEqual(0)
      expect(p.coverImageIndex).toBeLessThanOrEqual(2)
    }
    expect(content.posts.filter((p) => p.featured)).toHaveLength(3)
    expect(content.posts.filter((p) => p.origin === 'reprint')).toHaveLength(4)
  })

  it('has exactly 2 late disclosures and the rest within 1-4 days', () => {
    const gaps = content.disclosures.map((d) => (Date.parse(d.publicationDate) - Date.parse(d.decisionDate)) / DAY)
    expect(gaps.filter((g) => g >= 10)).toHaveLength(2)
    expect(gaps.filter((g) => g >= 1 && g <= 4)).toHaveLength(12)
  })

  it('has one expired announcement and others valid 2-8 weeks ahead', () => {
    const until = content.announcements.map((a) => Date.parse(a.validUntil))
    expect(until.filter((u) => u < now.getTime())).toHaveLength(1)
    for (const u of until.filter((u) => u >= now.getTime())) {
      expect(u - now.getTime()).toBeGreaterThanOrEqual(14 * DAY)
      expect(u - now.getTime()).toBeLessThanOrEqual(56 * DAY)
    }
  })

  it('documents have numbers matching their type and HĐND issues resolutions', () => {
    const code = {
      'quyet-dinh': 'QĐ-UBND',
      'ke-hoach': 'KH-UBND',
      'thong-bao': 'TB-UBND',
      'nghi-quyet': 'NQ-HĐND',
      'bao-cao': 'BC-UBND',
      'cong-van': 'CV-UBND',
      'chi-thi': 'CT-UBND',
    }
    for (const d of content.documents) {
      expect(d.number).toMatch(new RegExp(`^\\d{2,3}/${code[d.docType]}$`, 'u'))
      expect(d.issuer).toBe(`${d.docType === 'nghi-quyet' ? 'HĐND' : 'UBND'} ${xa.name}`)
      expect(d.pdfTitleLines.length).toBeGreaterThanOrEqual(4)
      expect(d.pdfTitleLines.length).toBeLessThanOrEqual(8)
      expect(new Date(d.issueDate).getUTCFullYear()).toBeGreaterThanOrEqual(now.getUTCFullYear() - 1)
    }
  })
}

/** Officials, procedures, dates and scale. */
const datesAndScaleTests = () => {
  it('officials and procedures look right', () => {
    expect(content.officials.map((o) => o.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    for (const o of content.officials) {
      expect(o.phone).toMatch(/^0296 3\d{2} \d{4}$/)
      expect(o.email).toMatch(/^[a-z0-9]+@my-hoa-hung\.angiang\.gov\.vn$/)
    }
    expect(content.officials.some((o) => /^(Chau|Néang) /u.test(o.name))).toBe(true)
    for (const p of content.procedures) {
      expect(p.code).toMatch(/^\d\.\d{6}$/)
      expect(p.nationalPortalUrl).toBe(
        `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${p.code}`,
      )
    }
  })

  it('puts no date after now except validUntil', () => {
    const dateKeys = [
      'publishedAt',
      'validFrom',
      'issueDate',
      'effectiveDate',
      'decisionDate',
      'publicationDate',
      'consentAt',
      'answeredAt',
    ]
    for (const [key, items] of lists(content))
      for (const item of items)
        for (const k of dateKeys)
          if (typeof item[k] === 'string')
            expect(Date.parse(item[k] as string), `${key}.${k}`).toBeLessThanOrEqual(now.getTime())
    for (const p of content.posts) expect(now.getTime() - Date.parse(p.publishedAt)).toBeLessThanOrEqual(90 * DAY)
  })

  it('scales down to at least one of each and up proportionally', () => {
    const small = buildDemoContent({ commune: xa, now, scale: 0.1 })
    for (const [key, items] of lists(small)) expect(items.length, key).toBeGreaterThanOrEqual(1)
    expect(small.disclosures).toHaveLength(14)
    expect(small.officials).toHaveLength(8)
    const big = buildDemoContent({ commune: xa, now, scale: 2 })
    expect(big.posts).toHaveLength(40)
    expect(big.disclosures).toHaveLength(28)
    expect(big.posts.filter((p) => p.featured)).toHaveLength(3)
    expect(new Set(big.posts.map((p) => p.slug)).size).toBe(40)
    expect(new Set(big.documents.map((p) => p.slug)).size).toBe(20)
  })
}

describe('buildDemoContent', () => {
  countsAndFormTests()
  itemTests()
  datesAndScaleTests()
})

describe('demo files', () => {
  it('makeDemoPdf writes a valid PDF with a correct xref table', () => {
    const pdf = makeDemoPdf(content.documents[0]!.pdfTitleLines.concat(['Ký tự đặc biệt (ngoặc) và \\ gạch chéo']))
    const text = pdf.toString('latin1')
    expect(text.startsWith('%PDF-')).toBe(true)
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(text).not.toMatch(/\/JavaScript|\/JS|\/OpenAction|\/AA/u)
    const xrefAt = Number(/startxref\s+(\d+)\s+%%EOF/u.exec(text)?.[1])
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref')
    const [, first, count] = /^xref\n(\d+) (\d+)/u.exec(text.slice(xrefAt))!.map(Number) as [number, number, number]
    const entries = text
      .slice(xrefAt)
      .split(/\r?\n/u)
      .slice(2, 2 + count)
    expect(entries).toHaveLength(count)
    entries.forEach((e, i) => {
      const m = /^(\d{10}) (\d{5}) ([nf])/u.exec(e)!
      if (m[3] === 'n')
        expect(text.slice(Number(m[1]), Number(m[1]) + 20)).toMatch(new RegExp(`^${first + i} 0 obj`, 'u'))
    })
    // Text is ASCII: diacritics stripped, parentheses escaped.
    expect(text).toContain('Ky tu dac biet \\(ngoac\\) va \\\\ gach cheo')
  })

  it('makeDemoImage renders a small 1200×675 JPEG', async () => {
    const img = await makeDemoImage(0, 'Đồng lúa')
    const meta = await sharp(img).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.width).toBe(1200)
    expect(meta.height).toBe(675)
    expect(img.length).toBeLessThan(120 * 1024)
    const others = await Promise.all([makeDemoImage(1, 'Sông nước'), makeDemoImage(2, 'Hoàng hôn')])
    for (const o of others) expect(o.length).toBeLessThan(120 * 1024)
    expect(others[0]!.equals(img)).toBe(false)
  })
})
