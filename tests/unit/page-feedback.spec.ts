import { describe, expect, it } from 'vitest'
import { groupFeedback } from '../../cms/features/page-feedback/summary'
import { limits } from '../../cms/security/config'
import { PUBLIC_WRITES } from '../../cms/security/public-writes'
import {
  checkFeedback,
  FEEDBACK_COMMENT_MAX,
  feedbackValues,
  isSitePath,
  parseHelpful,
} from '../../contract/page-feedback'
import { shareLinks } from '../../sites/src/lib/share'
import { speechChunks } from '../../sites/src/lib/speech'

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i
const fields = (errors: { field: string }[]) => errors.map((e) => e.field)

describe('page feedback: the checks shared by the form and the server', () => {
  it('accepts a rating of a site page, with or without a comment', () => {
    expect(checkFeedback(feedbackValues({ commune: 'my-binh', path: '/tin-tuc/bai/le-hoi/', helpful: true }))).toEqual(
      [],
    )
    expect(
      checkFeedback(feedbackValues({ commune: 'my-binh', path: '/', helpful: 'false', comment: ' Cần thêm ảnh ' })),
    ).toEqual([])
  })

  it('reads "Có"/"Không" as the form and JSON send them; anything else is no answer', () => {
    for (const v of [true, 'true', '1', 'có', 'Có', 'yes']) expect(parseHelpful(v)).toBe(true)
    for (const v of [false, 'false', '0', 'không', 'no']) expect(parseHelpful(v)).toBe(false)
    for (const v of [undefined, null, '', 'maybe', 2]) expect(parseHelpful(v)).toBeNull()
  })

  it('only root-relative site paths: no host, scheme, "..", backslash or overlong path; query and fragment dropped', () => {
    for (const p of ['/', '/gioi-thieu/', '/cong-khai/ngan-sach/du-toan-2025/', '/404.html'])
      expect(isSitePath(p)).toBe(true)
    const bad = [
      '',
      'gioi-thieu/',
      '//evil.example/',
      'https://evil.example/',
      '/../etc/passwd',
      '/a\\b',
      `/${'a'.repeat(300)}/`,
      '/ a/',
    ]
    for (const p of bad) expect(isSitePath(p), p).toBe(false)
    expect(feedbackValues({ path: '/tin-tuc/?trang=2#x' }).path).toBe('/tin-tuc/')
  })

  it('names every wrong field in Vietnamese; the comment is limited', () => {
    const errors = checkFeedback(
      feedbackValues({
        commune: 'My Binh',
        path: 'x',
        helpful: 'maybe',
        comment: 'a'.repeat(FEEDBACK_COMMENT_MAX + 1),
      }),
    )
    expect(fields(errors)).toEqual(['commune', 'path', 'helpful', 'comment'])
    for (const e of errors) expect(e.message).toMatch(VIETNAMESE)
    const longest = feedbackValues({ commune: 'a', path: '/', helpful: 1, comment: 'ă'.repeat(FEEDBACK_COMMENT_MAX) })
    expect(longest.helpful).toBeNull()
    expect(fields(checkFeedback({ ...longest, helpful: true }))).toEqual([])
  })

  it('keeps comments in NFC, trimmed, with plain line ends', () => {
    const decomposed = 'Cảm ơn'.normalize('NFD')
    expect(feedbackValues({ comment: `  ${decomposed}\r\nrất tốt ` }).comment).toBe('Cảm ơn\nrất tốt')
  })
})

describe('page feedback: the budget per address', () => {
  it('a rating costs a point unless refused for its fields; the address is counted hashed; 30 per 10 minutes by default', () => {
    const rule = PUBLIC_WRITES.find((r) => r.path === '/api/page-feedback/submit')!
    expect(rule).toMatchObject({ method: 'POST', limiter: 'feedbackPerAddress', hashAddress: true })
    expect([201, 303, 400].map(rule.costs)).toEqual([true, true, false])
    expect(rule.message('2 phút')).toMatch(/^Đánh giá trang: .*thử lại sau 2 phút\.$/)
    const saved = process.env.LIMIT_FEEDBACK_PER_ADDRESS
    delete process.env.LIMIT_FEEDBACK_PER_ADDRESS
    expect(limits().feedbackPerAddress).toEqual({ points: 30, minutes: 10 })
    process.env.LIMIT_FEEDBACK_PER_ADDRESS = '5'
    expect(limits().feedbackPerAddress.points).toBe(5)
    if (saved === undefined) delete process.env.LIMIT_FEEDBACK_PER_ADDRESS
    else process.env.LIMIT_FEEDBACK_PER_ADDRESS = saved
  })
})

describe('page feedback: counts per page and per commune', () => {
  it('groups yes/no per page and per commune, busiest first, comments kept newest first', () => {
    const communes = new Map([
      ['1', { id: 1, slug: 'a', name: 'Xã A' }],
      ['2', { id: 2, slug: 'b', name: 'Xã B' }],
    ])
    const at = (n: number) => `2026-01-0${n}T00:00:00.000Z`
    const { pages, communes: totals } = groupFeedback(
      [
        { tenant: 1, path: '/x/', helpful: true, comment: 'mới', createdAt: at(3) },
        { tenant: 1, path: '/x/', helpful: false, comment: null, createdAt: at(2) },
        { tenant: 1, path: '/x/', helpful: true, comment: 'cũ', createdAt: at(1) },
        { tenant: { id: 2 }, path: '/x/', helpful: false, comment: '', createdAt: at(1) },
      ],
      communes,
    )
    expect(pages.map((p) => [p.commune.slug, p.path, p.yes, p.no])).toEqual([
      ['a', '/x/', 2, 1],
      ['b', '/x/', 0, 1],
    ])
    expect(pages[0]!.comments.map((c) => c.comment)).toEqual(['mới', 'cũ'])
    expect(totals.map((t) => [t.commune.name, t.yes, t.no])).toEqual([
      ['Xã A', 2, 1],
      ['Xã B', 0, 1],
    ])
  })
})

describe('page tools', () => {
  it('share links are the networks’ plain share pages with the address encoded', () => {
    expect(shareLinks('http://my-binh.localhost:3000/tin-tuc/bai/a b/')).toEqual({
      facebook:
        'https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fmy-binh.localhost%3A3000%2Ftin-tuc%2Fbai%2Fa%20b%2F',
      zalo: 'https://sp.zalo.me/share_inline?url=http%3A%2F%2Fmy-binh.localhost%3A3000%2Ftin-tuc%2Fbai%2Fa%20b%2F',
    })
  })

  it('"Nghe bài viết" reads in sentence pieces of bounded length, losing no text', () => {
    const text = 'Câu một. Câu hai rất dài! '.repeat(30)
    const chunks = speechChunks(text, 120)
    expect(chunks.length).toBeGreaterThan(1)
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(120)
    expect(chunks.join(' ')).toBe(text.replace(/\s+/g, ' ').trim())
    expect(speechChunks('  ')).toEqual([])
  })
})
