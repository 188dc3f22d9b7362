import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_MAPPING_FILE,
  loadMapping,
  MappingError,
  parseMapping,
} from '../../cms/features/reorganisation/mapping'
import { PLAN_FORMAT, type Plan, type PlanUnit } from '../../cms/features/reorganisation/plan'
import { checkPlan, PlanError } from '../../cms/features/reorganisation/plan-check'

const shared = path.resolve(import.meta.dirname, '../../../shared/data/an-giang-merges-2025.json')

describe('the 2025 mapping in the project’s format', () => {
  const mapping = loadMapping()

  it('holds the 102 units of Tỉnh An Giang (91), each with its type and a unique slug, in NFC', () => {
    expect(mapping.province).toEqual({ code: '91', name: 'Tỉnh An Giang' })
    expect(mapping.effectiveDate).toBe('2025-07-01')
    expect(mapping.units).toHaveLength(102)
    expect(new Set(mapping.units.map((u) => u.slug)).size).toBe(102)
    expect(mapping.units.filter((u) => u.type === 'dac-khu').map((u) => u.name)).toEqual([
      'Đặc khu Phú Quốc',
      'Đặc khu Thổ Châu',
      'Đặc khu Kiên Hải',
    ])
    const text = fs.readFileSync(DEFAULT_MAPPING_FILE, 'utf8')
    expect(text).toBe(text.normalize('NFC'))
  })

  it('keeps a new unit’s code apart from its name: 30292 "Phường Bình Đức" takes old 30289, 30292 and 30310', () => {
    const binhDuc = mapping.units.find((u) => u.code === '30292')!
    expect(binhDuc).toMatchObject({ name: 'Phường Bình Đức', type: 'phuong', slug: 'binh-duc' })
    expect(binhDuc.merges.map((m) => [m.code, m.name, m.share])).toEqual([
      ['30289', 'Phường Bình Đức', 'full'],
      ['30292', 'Phường Bình Khánh', 'full'],
      ['30310', 'Xã Mỹ Khánh', 'full'],
    ])
  })

  // The shared data sits beside the project on the team's machines only.
  it.skipIf(!fs.existsSync(shared))('is the shared derived file, converted: the same units and shares', () => {
    const raw = JSON.parse(fs.readFileSync(shared, 'utf8')) as {
      units: { code: string; merges: { old_id: string; type: string }[] }[]
    }
    expect(parseMapping(raw).units.map((u) => [u.code, u.merges.map((m) => `${m.code}:${m.share}`)])).toEqual(
      mapping.units.map((u) => [u.code, u.merges.map((m) => `${m.code}:${m.share}`)]),
    )
  })

  it('refuses a broken mapping with every problem, naming the unit and the field in Vietnamese', () => {
    const attempt = () =>
      parseMapping({
        units: [
          { code: 'abc', name: 'Xã Một', merges: [] },
          { code: '1001', name: 'Khu Hai', merges: [{ old_id: '99', type: 'full' }] },
          { code: '1002', name: 'Xã Ba', merges: [{ code: '2001', share: 'half' }] },
          { code: '1002', name: 'Xã Bốn', merges: [] },
        ],
      })
    expect(attempt).toThrow(MappingError)
    try {
      attempt()
    } catch (e) {
      const problems = (e as MappingError).problems
      expect(problems).toEqual([
        expect.stringMatching(/Xã Một, mã abc.*"code"/),
        expect.stringMatching(/Khu Hai.*không rõ loại đơn vị/),
        expect.stringMatching(/Khu Hai.*đơn vị cũ thứ 1: cần mã/),
        expect.stringMatching(/Xã Ba.*đơn vị cũ 2001: "share"/),
        expect.stringMatching(/Xã Bốn \(1002\): mã 1002 lặp lại/),
      ])
    }
    expect(() => parseMapping([])).toThrow(/"units"/)
  })
})

describe('checking an edited plan', () => {
  const unit = (over: Partial<PlanUnit> = {}): PlanUnit => ({
    code: '30307',
    name: 'Phường Long Xuyên',
    type: 'phuong',
    slug: 'long-xuyen',
    action: 'merge',
    keep: '30307',
    theme: 3,
    domains: [],
    from: [
      { code: '30307', name: 'Phường Mỹ Hòa', slug: 'my-hoa', share: 'full', content: true, counts: {}, domains: [] },
    ],
    board: [{ email: 'a@b.vn', name: 'A', from: '30307', was: 'chief', role: 'chief' }],
    mergedCategories: [],
    redirects: ['my-hoa'],
    ...over,
  })
  const plan = (units: PlanUnit[]): Plan => ({
    format: PLAN_FORMAT,
    createdAt: '2026-12-06T00:00:00Z',
    mapping: { file: 'x', source: 'x' },
    effectiveDate: '2025-07-01',
    province: { code: '91', name: 'Tỉnh An Giang' },
    units,
    splits: [],
    unmapped: [],
    problems: [],
    totals: { oldCommunes: 1, newUnits: units.length, merged: 1, provisioned: 0, items: 0 },
  })

  it('accepts a sound plan', () => {
    expect(() => checkPlan(plan([unit()]))).not.toThrow()
  })

  it('refuses bad edits, each named: slug, theme, domain, role, keep, content given to two units', () => {
    const bad = plan([
      unit({ slug: 'Long Xuyên', theme: 99, domains: ['không hợp lệ'] }),
      unit({
        code: '30316',
        name: 'Phường Châu Đốc',
        keep: '11111',
        board: [{ email: 'c@d.vn', name: 'C', from: '30316', was: 'editor', role: 'boss' as never }],
      }),
    ])
    try {
      checkPlan(bad)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(PlanError)
      const text = (e as PlanError).problems.join('\n')
      expect(text).toMatch(/Phường Long Xuyên \(30307\): "slug"/)
      expect(text).toMatch(/"theme" phải từ 1 đến 25/)
      expect(text).toMatch(/"domains"/)
      expect(text).toMatch(/Phường Châu Đốc \(30316\): nội dung của đơn vị cũ Phường Mỹ Hòa \(30307\) đã chuyển về/)
      expect(text).toMatch(/Phường Châu Đốc \(30316\): "keep"/)
      expect(text).toMatch(/vai trò của c@d\.vn/)
    }
    expect(() => checkPlan({ units: [] } as never)).toThrow(/format/)
  })

  it('refuses an edited file that lost a list the apply reads (the command line as the admin)', () => {
    const { splits: _gone, ...withoutSplits } = plan([unit()])
    expect(() => checkPlan(withoutSplits as Plan)).toThrow(/thiếu danh sách "splits"/)
    const { board: _lost, ...noBoard } = unit()
    expect(() => checkPlan(plan([noBoard as PlanUnit]))).toThrow(/Phường Long Xuyên \(30307\): thiếu "board"/)
  })
})
