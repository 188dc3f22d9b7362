// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { isWordHtml, normalizeWordHtml } from '../../cms/features/word-import/paste/normalize-word-html'
import { WORD_CLIPBOARD_HTML } from '../support/word-clipboard'

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

describe('Word clipboard HTML before the editor imports it', () => {
  it('recognises Word’s HTML and leaves other HTML alone', () => {
    expect(isWordHtml(WORD_CLIPBOARD_HTML)).toBe(true)
    expect(isWordHtml('<p>Chào <b>bạn</b></p>')).toBe(false)
  })

  it('turns mso-list paragraphs into nested <ul>/<ol> without the bullet characters', () => {
    const doc = parse(WORD_CLIPBOARD_HTML)
    normalizeWordHtml(doc)
    const lists = Array.from(doc.body.querySelectorAll(':scope > ul, :scope > ol'))
    expect(lists.map((l) => l.tagName)).toEqual(['UL', 'OL'])
    const [bullets, numbers] = lists as [Element, Element]
    const items = Array.from(bullets.children)
    expect(items.map((li) => li.tagName)).toEqual(['LI', 'LI'])
    const ownText = (li: Element) =>
      squash(
        Array.from(li.childNodes)
          .filter((n) => n.nodeName !== 'UL' && n.nodeName !== 'OL')
          .map((n) => n.textContent)
          .join(''),
      )
    expect(ownText(items[0]!)).toBe('Thứ Hai: Chủ tịch Ủy ban nhân dân xã')
    expect(squash(items[0]!.querySelector('ul > li')?.textContent)).toBe('Buổi sáng tại trụ sở')
    expect(squash(items[1]!.textContent)).toBe('Thứ Năm: Phó Chủ tịch')
    expect(Array.from(numbers.children).map((li) => squash(li.textContent))).toEqual([
      'Mang theo căn cước',
      'Đăng ký trước qua điện thoại',
    ])
    expect(doc.body.textContent).not.toMatch(/·|\b1\.\s/)
    expect(doc.body.querySelectorAll('p[style*="mso-list"]')).toHaveLength(0)
  })

  it('keeps the table and drops images that point at the copier’s disk', () => {
    const doc = parse(WORD_CLIPBOARD_HTML)
    normalizeWordHtml(doc)
    const cells = Array.from(doc.querySelectorAll('table tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => squash(td.textContent)),
    )
    expect(cells).toEqual([
      ['Ngày', 'Người tiếp'],
      ['Thứ Hai', 'Chủ tịch'],
    ])
    expect(doc.querySelectorAll('img')).toHaveLength(0)
  })
})
