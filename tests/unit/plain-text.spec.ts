import { describe, expect, it } from 'vitest'
import { htmlToPlainText } from '../../cms/lib/plain-text'

describe('htmlToPlainText', () => {
  it('keeps the text only: no tags, no script or style content, entities read, NFC', () => {
    const html = '<p>Tin <b>tỉnh</b>&nbsp;&amp; xã</p><script>alert(1)</script><style>p{}</style>&lt;x&gt; Hoa\u0300'
    expect(htmlToPlainText(html)).toBe('Tin tỉnh & xã<x> Hoà'.normalize('NFC'))
  })

  it('reads an escaped entity once, never twice', () => {
    expect(htmlToPlainText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;')
  })
})
