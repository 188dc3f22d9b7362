import { describe, expect, it } from 'vitest'
import { stripHtml } from '../../sites/src/lib/text'

describe('stripHtml (site descriptions, RSS, search index)', () => {
  it('drops tags and scripts, separates blocks, decodes the entities the exporter writes', () => {
    expect(
      stripHtml(
        '<p>Thông&nbsp;báo &lt;khẩn&gt;</p><script>alert(1)</script><p>Ủy ban &amp; &quot;dân&quot; &#39;xã&#39;</p>',
      ),
    ).toBe('Thông báo <khẩn> Ủy ban & "dân" \'xã\'')
  })
})
