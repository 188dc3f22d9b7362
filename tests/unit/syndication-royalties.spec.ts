import { describe, expect, it } from 'vitest'
import { computeStatement, type RoyaltyItemInput } from '../../cms/features/royalties/compute'
import { itemTitle } from '../../cms/features/royalties/format'

/** The royalty statement knows a copy of the province's shared news from the commune's own work. */
const rules = { pointValue: 100_000, reprintPercent: 50, photoPoints: 2, monthlyCap: 0, coefficient: 1 }

const item = (over: Partial<RoyaltyItemInput>): RoyaltyItemInput => ({
  id: 1,
  collection: 'posts',
  title: 'Tin',
  publishedAt: '2026-12-03T02:00:00.000Z',
  genre: 'Tin',
  points: 3,
  reprint: false,
  authors: [{ name: 'Nguyễn Văn An', share: 100 }],
  photographers: [{ name: 'Lê Cường' }],
  ...over,
})

describe('reprints of shared news in the royalty statement', () => {
  it('lists a copy of the province’s news with nothing to pay, even when someone scored it', () => {
    const s = computeStatement(
      [item({ id: 1 }), item({ id: 2, reprint: true }), item({ id: 3, reprint: true, syndicated: true })],
      rules,
    )
    expect(s.items.map((i) => i.amount)).toEqual([500_000, 250_000, 0])
    expect(s.items[2]).toMatchObject({ syndicated: true, points: 0 })
    expect(s.total).toBe(750_000)
  })

  it('says so in the statement’s title of the item', () => {
    expect(itemTitle({ collection: 'posts', title: 'Tin tỉnh', syndicated: true })).toBe(
      'Tin tỉnh (Đăng lại tin từ tỉnh, không tính nhuận bút)',
    )
    expect(itemTitle({ collection: 'posts', title: 'Tin xã' })).toBe('Tin xã')
  })
})
