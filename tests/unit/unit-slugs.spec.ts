import { describe, it, expect } from 'vitest'
import { assignUnitSlugs, baseUnitSlug, districtSlug, uniqueSlug, type SlugUnit } from '../../cms/lib/unit-slugs'

describe('baseUnitSlug / districtSlug', () => {
  it('drops the type prefix', () => {
    expect(baseUnitSlug('Phường Mỹ Bình', 'Phường')).toBe('my-binh')
    expect(baseUnitSlug('Thị Trấn Long Bình', 'Thị trấn')).toBe('long-binh')
    expect(baseUnitSlug('Long Bình', 'Thị trấn')).toBe('long-binh')
    expect(districtSlug('Thành phố Long Xuyên')).toBe('long-xuyen')
    expect(districtSlug('Huyện An Phú')).toBe('an-phu')
    expect(districtSlug('Thị xã Tịnh Biên', 'Thị xã')).toBe('tinh-bien')
  })
})

describe('assignUnitSlugs', () => {
  const units: SlugUnit[] = [
    { code: '30280', name: 'Phường Mỹ Bình', type: 'Phường', districtName: 'Thành phố Long Xuyên' },
    { code: '30337', name: 'Thị trấn An Phú', type: 'Thị trấn', districtName: 'Huyện An Phú' },
    { code: '30514', name: 'Phường An Phú', type: 'Phường', districtName: 'Thị xã Tịnh Biên' },
    { code: '30427', name: 'Xã Phú Thạnh', type: 'Xã', districtName: 'Huyện Phú Tân' },
    { code: '30433', name: 'Xã Phú Thành', type: 'Xã', districtName: 'Huyện Phú Tân' },
    { code: '30601', name: 'Xã Bình Thạnh', type: 'Xã', districtName: 'Huyện Châu Thành' },
    { code: '30724', name: 'Xã Bình Thành', type: 'Xã', districtName: 'Huyện Thoại Sơn' },
  ]

  it('keeps the bare slug for unique names', () => {
    expect(assignUnitSlugs(units).get('30280')).toBe('my-binh')
  })

  it('disambiguates by type, then district, then code', () => {
    const slugs = assignUnitSlugs(units)
    expect(slugs.get('30337')).toBe('thi-tran-an-phu')
    expect(slugs.get('30514')).toBe('phuong-an-phu')
    expect(slugs.get('30601')).toBe('binh-thanh-chau-thanh')
    expect(slugs.get('30724')).toBe('binh-thanh-thoai-son')
    expect(slugs.get('30427')).toBe('phu-thanh-30427')
    expect(slugs.get('30433')).toBe('phu-thanh-30433')
    expect(new Set(slugs.values()).size).toBe(units.length)
  })

  it('does not depend on input order', () => {
    const forward = assignUnitSlugs(units)
    const reversed = assignUnitSlugs([...units].reverse())
    expect([...reversed.entries()].sort()).toEqual([...forward.entries()].sort())
  })

  it('resolves mixed groups with further tiers where still needed', () => {
    const slugs = assignUnitSlugs([
      { code: '1', name: 'Xã Tân Lập', type: 'Xã', districtName: 'Huyện A' },
      { code: '2', name: 'Xã Tân Lập', type: 'Xã', districtName: 'Huyện B' },
      { code: '3', name: 'Phường Tân Lập', type: 'Phường', districtName: 'Huyện A' },
    ])
    expect(slugs.get('1')).toBe('xa-tan-lap-a')
    expect(slugs.get('2')).toBe('xa-tan-lap-b')
    expect(slugs.get('3')).toBe('phuong-tan-lap')
  })

  it('rejects duplicate codes', () => {
    expect(() => assignUnitSlugs([units[0]!, units[0]!])).toThrow(/Duplicate unit code 30280/)
  })
})

describe('uniqueSlug', () => {
  it('returns base, then base-2, base-3 ...', () => {
    expect(uniqueSlug('my-binh', new Set())).toBe('my-binh')
    expect(uniqueSlug('my-binh', new Set(['my-binh']))).toBe('my-binh-2')
    expect(uniqueSlug('my-binh', new Set(['my-binh', 'my-binh-2']))).toBe('my-binh-3')
  })

  it('does not modify the taken set', () => {
    const taken = new Set(['a'])
    uniqueSlug('a', taken)
    expect([...taken]).toEqual(['a'])
  })
})
