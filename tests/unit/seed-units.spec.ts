import { existsSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, it, expect } from 'vitest'
import { communeTypeValue, loadSeedUnits, parseSeedUnits } from '../../cms/features/provisioning/units'
import { normalizeText, normalizeUnitName } from '../../cms/lib/vietnamese'

const seed = loadSeedUnits()
const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/
const sharedFile = fileURLToPath(new URL('../../../shared/data/an-giang-communes-2023.json', import.meta.url))

interface SharedFile {
  province: { code: string; name: string }
  districts: Array<{
    code: string
    name: string
    type: string
    units: Array<{ code: string; name: string; type: string }>
  }>
}

describe('committed seed units (cms/features/provisioning/data/an-giang-2023.json)', () => {
  it('has the province, 11 districts and 156 communes', () => {
    expect(seed.province).toEqual({ code: '89', name: 'Tỉnh An Giang', slug: 'an-giang' })
    expect(seed.districts).toHaveLength(11)
    expect(seed.communes).toHaveLength(156)
    expect(seed.source).toMatch(/normalised/)
  })

  it('has unique, well-formed slugs', () => {
    const communeSlugs = seed.communes.map((c) => c.slug)
    const districtSlugs = seed.districts.map((d) => d.slug)
    for (const slug of [...communeSlugs, ...districtSlugs, seed.province.slug]) expect(slug).toMatch(SLUG_RE)
    expect(new Set(communeSlugs).size).toBe(communeSlugs.length)
    expect(new Set(districtSlugs).size).toBe(districtSlugs.length)
  })

  it('has unique codes in ascending order and valid district references', () => {
    const codes = seed.communes.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes).toEqual([...codes].sort((a, b) => Number(a) - Number(b)))
    const districtCodes = new Set(seed.districts.map((d) => d.code))
    for (const c of seed.communes) expect(districtCodes.has(c.districtCode), c.code).toBe(true)
  })

  it('has normalised names', () => {
    const all = [seed.province, ...seed.districts, ...seed.communes]
    for (const unit of all) {
      expect(unit.name).toBe(unit.name.normalize('NFC'))
      expect(unit.name).toBe(normalizeText(unit.name))
      expect(unit.name).not.toMatch(/Thị Trấn|Thị Xã|Thành Phố/)
      expect(unit.name).not.toMatch(/[oO][àáảãạèéẻẽẹ](?!\p{L})|(?<![qQ])[uU][ỳýỷỹỵ](?!\p{L})/u)
      expect(unit.name).not.toMatch(/Hoà/)
    }
    for (const unit of [...seed.districts, ...seed.communes]) {
      expect(unit.name.startsWith(`${unit.type} `), unit.name).toBe(true)
      expect(unit.name).toBe(normalizeUnitName(unit.name, unit.type))
    }
    const byCode = new Map(seed.communes.map((c) => [c.code, c]))
    expect(byCode.get('30341')?.name).toBe('Thị trấn Long Bình')
    expect(byCode.get('30688')?.name).toBe('Thị trấn Óc Eo')
    expect(byCode.get('30313')?.name).toBe('Xã Mỹ Hòa Hưng')
    expect(byCode.get('30298')?.name).toBe('Phường Mỹ Quý')
  })

  it('gives the three diacritic collision pairs distinct readable slugs', () => {
    const slug = (code: string): string | undefined => seed.communes.find((c) => c.code === code)?.slug
    expect(slug('30337')).toBe('thi-tran-an-phu')
    expect(slug('30514')).toBe('phuong-an-phu')
    expect(slug('30427')).toBe('phu-thanh-30427')
    expect(slug('30433')).toBe('phu-thanh-30433')
    expect(slug('30601')).toBe('binh-thanh-chau-thanh')
    expect(slug('30724')).toBe('binh-thanh-thoai-son')
    expect(slug('30280')).toBe('my-binh')
    expect(seed.districts.find((d) => d.code === '883')?.slug).toBe('long-xuyen')
  })

  it('maps every commune type to a machine value', () => {
    const counts = new Map<string, number>()
    for (const c of seed.communes) {
      const v = communeTypeValue(c.type)
      counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    expect(Object.fromEntries(counts)).toEqual({ phuong: 28, 'thi-tran': 18, xa: 110 })
  })

  it.skipIf(!existsSync(sharedFile))('matches the shared facts file by code', () => {
    const shared = JSON.parse(readFileSync(sharedFile, 'utf8')) as SharedFile
    expect(seed.province.code).toBe(shared.province.code)
    expect(seed.districts.map((d) => d.code).sort()).toEqual(shared.districts.map((d) => d.code).sort())
    const sharedUnits = shared.districts.flatMap((d) => d.units.map((u) => ({ ...u, districtCode: d.code })))
    expect(seed.communes.map((c) => c.code).sort()).toEqual(sharedUnits.map((u) => u.code).sort())
    const byCode = new Map(seed.communes.map((c) => [c.code, c]))
    for (const u of sharedUnits) {
      const c = byCode.get(u.code)
      expect(c?.districtCode, u.code).toBe(u.districtCode)
      expect(c?.type, u.code).toBe(normalizeText(u.type))
      expect(c?.name, u.code).toBe(normalizeUnitName(u.name, u.type))
    }
    for (const d of shared.districts) {
      expect(seed.districts.find((s) => s.code === d.code)?.name).toBe(normalizeUnitName(d.name, d.type))
    }
  })
})

describe('communeTypeValue', () => {
  it('maps labels regardless of case and accents, and rejects others', () => {
    expect(communeTypeValue('Xã')).toBe('xa')
    expect(communeTypeValue('Phường')).toBe('phuong')
    expect(communeTypeValue('Thị Trấn')).toBe('thi-tran')
    expect(() => communeTypeValue('Huyện')).toThrow(/Unknown commune type/)
  })
})

describe('loadSeedUnits validation', () => {
  const valid = {
    source: 's',
    province: { code: '89', name: 'Tỉnh An Giang', slug: 'an-giang' },
    districts: [{ code: '883', name: 'Thành phố Long Xuyên', type: 'Thành phố', slug: 'long-xuyen' }],
    communes: [{ code: '30280', name: 'Phường Mỹ Bình', type: 'Phường', districtCode: '883', slug: 'my-binh' }],
  }

  it('accepts a valid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-units-'))
    const file = join(dir, 'units.json')
    writeFileSync(file, JSON.stringify(valid))
    expect(loadSeedUnits(file)).toEqual(valid)
  })

  it('names the bad entry', () => {
    const badSlug = { ...valid, communes: [{ ...valid.communes[0], slug: 1 }] }
    expect(() => parseSeedUnits(badSlug)).toThrow(/communes\[0\] \(code 30280\).*"slug"/)
    const badDistrict = { ...valid, communes: [{ ...valid.communes[0], districtCode: '999' }] }
    expect(() => parseSeedUnits(badDistrict)).toThrow(/communes\[0\].*unknown district 999/)
    expect(() => parseSeedUnits({ ...valid, districts: {} })).toThrow(/"districts" is not an array/)
    expect(() => parseSeedUnits({ ...valid, province: null })).toThrow(/province is not an object/)
  })

  it('reports unreadable files', () => {
    expect(() => loadSeedUnits('/nonexistent/units.json')).toThrow(/Cannot read seed units file/)
  })
})
