import { describe, expect, it } from 'vitest'
import { computeStatement, monthRange, type RoyaltyItemInput } from '../../cms/features/royalties/compute'

const rules = { pointValue: 150_000, reprintPercent: 50, photoPoints: 2, monthlyCap: 0, coefficient: 1.2 }

const item = (over: Partial<RoyaltyItemInput>): RoyaltyItemInput => ({
  id: 1,
  collection: 'posts',
  title: 'Tin',
  publishedAt: '2026-11-03T02:00:00.000Z',
  genre: 'Tin',
  points: 3,
  reprint: false,
  authors: [{ name: 'Nguyễn Văn An', share: 100 }],
  photographers: [],
  ...over,
})

describe('computeStatement', () => {
  it('pays points × value × coefficient, split by shares, reprints at their fraction, photos shared', () => {
    const s = computeStatement(
      [
        item({ id: 1, points: 3 }),
        item({
          id: 2,
          publishedAt: '2026-11-05T02:00:00.000Z',
          genre: 'Bài',
          points: 7,
          authors: [
            { name: 'Nguyễn Văn An', share: 60 },
            { name: 'Trần Thị Bình', share: 40 },
          ],
          photographers: [{ name: 'Lê Cường' }, { name: 'Phạm Dũng' }, { name: 'Võ Em' }],
        }),
        item({ id: 3, publishedAt: '2026-11-07T02:00:00.000Z', points: 4, reprint: true }),
      ],
      rules,
    )
    // Hand count: 1 point = 150,000 × 1.2 = 180,000 đ.
    // Item 1: 3 × 180,000 = 540,000 to An.
    // Item 2: 7 × 180,000 = 1,260,000: An 60% = 756,000, Bình 40% = 504,000; photos 2 × 180,000 = 360,000 / 3 = 120,000 each.
    // Item 3: reprint 4 × 50% = 2 points = 360,000 to An.
    expect(s.items.map((i) => i.amount)).toEqual([540_000, 1_620_000, 360_000])
    expect(s.items[2]!.points).toBe(2)
    expect(s.people).toEqual([
      { name: 'Lê Cường', amount: 120_000, uncapped: 120_000 },
      { name: 'Nguyễn Văn An', amount: 1_656_000, uncapped: 1_656_000 },
      { name: 'Phạm Dũng', amount: 120_000, uncapped: 120_000 },
      { name: 'Trần Thị Bình', amount: 504_000, uncapped: 504_000 },
      { name: 'Võ Em', amount: 120_000, uncapped: 120_000 },
    ])
    expect(s.total).toBe(2_520_000)
    expect(s.cap).toBeNull()
  })

  it('applies the monthly cap proportionally, rounding down so the total stays under it', () => {
    const s = computeStatement(
      [
        item({ id: 1, points: 1, authors: [{ name: 'A', share: 100 }] }),
        item({ id: 2, points: 2, authors: [{ name: 'B', share: 100 }] }),
      ],
      { ...rules, coefficient: 1, pointValue: 100_001, monthlyCap: 200_000 },
    )
    // Uncapped: A 100,001, B 200,002 = 300,003; ratio 200,000 / 300,003.
    expect(s.cap).toEqual({ cap: 200_000, uncappedTotal: 300_003, ratio: 200_000 / 300_003 })
    expect(s.people.map((p) => p.amount)).toEqual([66_666, 133_333])
    expect(s.total).toBe(199_999)
  })

  it('rounds each line to the đồng and merges names written differently (NFC, spaces)', () => {
    const s = computeStatement(
      [
        item({
          points: 1,
          authors: [
            { name: 'Ngô  Hà', share: 33 },
            { name: 'Ngô Hà'.normalize('NFD'), share: 67 },
          ],
        }),
      ],
      { ...rules, pointValue: 1001, coefficient: 1 },
    )
    // 1001 × 33% = 330.33 -> 330; 1001 × 67% = 670.67 -> 671.
    expect(s.items[0]!.lines.map((l) => l.amount)).toEqual([330, 671])
    expect(s.people).toEqual([{ name: 'Ngô Hà', amount: 1001, uncapped: 1001 }])
  })

  it('pays nobody for an item the chief has not scored, photographers included', () => {
    const s = computeStatement([item({ points: null, photographers: [{ name: 'Lê Cường' }] })], rules)
    expect(s.items[0]!.amount).toBe(0)
    expect(s.people).toEqual([])
    expect(s.total).toBe(0)
  })

  it('reads months in Vietnam time and refuses malformed ones', () => {
    expect(monthRange('2027-02')).toEqual({
      start: new Date('2027-01-31T17:00:00.000Z'),
      end: new Date('2027-02-28T17:00:00.000Z'),
    })
    expect(monthRange('2026-12')!.end).toEqual(new Date('2026-12-31T17:00:00.000Z'))
    expect(monthRange('2026-13')).toBeUndefined()
    expect(monthRange('2026-1')).toBeUndefined()
  })
})
