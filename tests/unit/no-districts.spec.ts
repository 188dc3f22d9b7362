import { describe, expect, it } from 'vitest'
import { publicationsByDistrict, visibleRows } from '../../cms/features/oversight/components/view-model'
import { compareDistricts, NO_DISTRICT_LABEL } from '../../cms/features/oversight/labels'
import type { OversightRow } from '../../cms/features/oversight/rows'
import { scopeName } from '../../cms/features/oversight/scope'
import { parseUnitsJson, unitRowsOfSeed } from '../../cms/features/provisioning/lists'
import { validateProvisionInput } from '../../cms/features/provisioning/provision-input'
import { templateFiller } from '../../cms/features/provisioning/template'
import { parseSeedUnits } from '../../cms/features/provisioning/units'
import { assignUnitSlugs } from '../../cms/lib/unit-slugs'

/**
 * Since 2025-07-01 Vietnam has no districts (issue 13): the pure parts of provisioning and
 * oversight with communes of no district, beside the 2023 ones that keep theirs.
 */
describe('provisioning without districts', () => {
  it('takes no district as no district, and a district as before', () => {
    expect(validateProvisionInput({ name: 'Phường Bình Đức', code: '30292', theme: 3 }).district).toBe('')
    expect(validateProvisionInput({ name: 'Xã Mỹ Khánh', code: '30310', district: '  ', theme: 3 }).district).toBe('')
    expect(
      validateProvisionInput({ name: 'Xã Mỹ Khánh', code: '30310', district: 'Long Xuyên', theme: 3 }).district,
    ).toBe('Long Xuyên')
  })

  it('reads a seed list whose communes have no district, or no districts at all', () => {
    const seed = parseSeedUnits({
      source: 'test',
      province: { code: '91', name: 'Tỉnh An Giang', slug: 'an-giang' },
      communes: [
        { code: '30292', name: 'Phường Bình Đức', type: 'Phường', slug: 'binh-duc' },
        { code: '30310', name: 'Xã Mỹ Khánh', type: 'Xã', districtCode: '', slug: 'my-khanh' },
      ],
    })
    expect(seed.districts).toEqual([])
    expect(seed.communes.map((c) => c.districtCode)).toEqual(['', ''])
    const rows = unitRowsOfSeed(seed)
    expect(rows[0]!.input).toMatchObject({ code: '30292', district: '', slug: 'binh-duc' })
    expect(rows[0]!.district).toEqual({})
    // A district named must still exist.
    expect(() =>
      parseSeedUnits({
        source: 'test',
        province: { code: '91', name: 'Tỉnh An Giang', slug: 'an-giang' },
        districts: [],
        communes: [{ code: '30292', name: 'Phường Bình Đức', type: 'Phường', districtCode: '883', slug: 'binh-duc' }],
      }),
    ).toThrow(/unknown district 883/)
  })

  it('reads a JSON array without districts', () => {
    const { units, problems } = parseUnitsJson(JSON.stringify([{ name: 'Xã Mỹ Khánh', type: 'Xã', code: '30310' }]))
    expect(problems).toEqual([])
    expect(units[0]!.input.district).toBe('')
    expect(units[0]!.district).toEqual({ name: undefined, code: undefined })
  })

  it('gives slugs without a district suffix to units of no district', () => {
    const slugs = assignUnitSlugs([
      { code: '1', name: 'Xã Tân Lập', type: 'Xã', districtName: '' },
      { code: '2', name: 'Xã Tân Lập', type: 'Xã', districtName: 'Huyện B' },
      { code: '3', name: 'Xã Bình Hòa', type: 'Xã', districtName: '' },
    ])
    expect(slugs.get('1')).toBe('tan-lap')
    expect(slugs.get('2')).toBe('tan-lap-b')
    expect(slugs.get('3')).toBe('binh-hoa')
    const none = assignUnitSlugs([
      { code: '1', name: 'Xã Tân Lập', type: 'Xã', districtName: '' },
      { code: '2', name: 'Xã Tân Lập', type: 'Xã', districtName: '' },
    ])
    expect([...none.values()].sort()).toEqual(['tan-lap-1', 'tan-lap-2'])
  })

  it('fills the template without a district, its comma going with it', () => {
    const fill = templateFiller({ name: 'Xã Mỹ Khánh', type: 'xa', districtName: '', provinceName: 'Tỉnh An Giang' })
    expect(fill('{Xa} thuộc {huyen}, {tinh}.')).toBe('Xã Mỹ Khánh thuộc tỉnh An Giang.')
    expect(fill('Ủy ban nhân dân {xa}, {huyen}, {tinh}.')).toBe('Ủy ban nhân dân xã Mỹ Khánh, tỉnh An Giang.')
    expect(fill('{Huyen}, {tinh}')).toBe('tỉnh An Giang')
    const with2023 = templateFiller({
      name: 'Xã Mỹ Khánh',
      type: 'xa',
      districtName: 'Thành phố Long Xuyên',
      provinceName: 'Tỉnh An Giang',
    })
    expect(with2023('{Xa} thuộc {huyen}, {tinh}.')).toBe('Xã Mỹ Khánh thuộc thành phố Long Xuyên, tỉnh An Giang.')
  })
})

const row = (commune: string, district: string, byMonth: Record<string, number>): OversightRow => ({
  id: commune,
  commune,
  slug: commune,
  district,
  districtId: district === NO_DISTRICT_LABEL ? null : district,
  siteState: 'live',
  lastPublishedAt: null,
  published30d: 0,
  publishedByMonth: byMonth,
  emptySections: [],
  lateDisclosures: 0,
  overdueDisclosures: 0,
  unansweredQuestions: 0,
  visits30d: null,
  visitsByMonth: null,
  stale: true,
  score: 50,
})

describe('oversight without districts', () => {
  const months = ['2026-01', '2026-02']
  it('lists the communes of no district after the districts, and filters them', () => {
    const rows = [row('Xã Z', NO_DISTRICT_LABEL, {}), row('Xã B', 'Huyện Tri Tôn', {}), row('Xã A', 'Huyện An Phú', {})]
    expect(
      visibleRows(rows, { district: '', staleOnly: false, maxScore: null, sort: 'district' }).map((r) => r.commune),
    ).toEqual(['Xã A', 'Xã B', 'Xã Z'])
    expect(
      visibleRows(rows, { district: NO_DISTRICT_LABEL, staleOnly: false, maxScore: null, sort: 'district' }),
    ).toHaveLength(1)
    expect(['Huyện Tri Tôn', NO_DISTRICT_LABEL, 'Huyện An Phú'].sort(compareDistricts)).toEqual([
      'Huyện An Phú',
      'Huyện Tri Tôn',
      NO_DISTRICT_LABEL,
    ])
  })

  it('charts by district with a series for the communes of none, or one series without districts', () => {
    const mixed = publicationsByDistrict(
      [row('Xã A', 'Huyện An Phú', { '2026-01': 2 }), row('Xã Z', NO_DISTRICT_LABEL, { '2026-02': 3 })],
      months,
    )
    expect(mixed.grouped).toBe(true)
    expect(mixed.districts).toEqual(['Huyện An Phú', NO_DISTRICT_LABEL])
    expect(mixed.data[1]).toMatchObject({ 'Huyện An Phú': 0, [NO_DISTRICT_LABEL]: 3 })
    const flat = publicationsByDistrict(
      [row('Xã Y', NO_DISTRICT_LABEL, { '2026-01': 1 }), row('Xã Z', NO_DISTRICT_LABEL, { '2026-01': 4 })],
      months,
    )
    expect(flat.grouped).toBe(false)
    expect(flat.districts).toEqual(['Số tin đăng'])
    expect(flat.data[0]).toMatchObject({ 'Số tin đăng': 5 })
  })

  it('names the spreadsheet by its scope, not by the group of no district', () => {
    expect(scopeName({ communeIds: null, districtId: null }, [NO_DISTRICT_LABEL])).toBe('toàn tỉnh')
    expect(scopeName({ communeIds: [1], districtId: null, followed: true }, [NO_DISTRICT_LABEL])).toBe(
      'các đơn vị theo dõi',
    )
    expect(scopeName({ communeIds: [1, 2], districtId: 1 }, ['Thành phố Long Xuyên'])).toBe('Thành phố Long Xuyên')
  })
})
