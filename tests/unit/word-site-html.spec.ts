import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { describe, expect, it } from 'vitest'
import { siteConverters } from '../../cms/features/publishing/snapshot/rich-text-html'
import { MediaCollector } from '../../cms/features/publishing/snapshot/media'
import { sanitizeRichText } from '../../sites/sanitize-html'

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const cell = (value: string, headerState = 0) => ({
  type: 'tablecell',
  headerState,
  children: [{ type: 'paragraph', children: [text(value)] }],
})
const photo = {
  id: 7,
  filename: 'hoi-truong.jpg',
  mimeType: 'image/jpeg',
  width: 2560,
  height: 1440,
  alt: 'Hội trường xã',
  sizes: { medium: { filename: 'hoi-truong-800x450.webp', width: 800, height: 450 } },
}
const doc = {
  root: {
    type: 'root',
    children: [
      { type: 'table', children: [{ type: 'tablerow', children: [cell('Ngày', 1), cell('Người tiếp')] }] },
      { type: 'upload', relationTo: 'media', value: photo, fields: {} },
      { type: 'upload', relationTo: 'media', value: 8, fields: {} },
    ],
  },
}

/** What a commune's site gets from rich text with a table and an image (as the snapshot makes it). */
const siteHtml = (media: MediaCollector) =>
  sanitizeRichText(
    convertLexicalToHTML({ data: doc as never, disableContainer: true, converters: siteConverters(media.image) }),
  )

describe('rich text on the sites: tables and images', () => {
  it('a table sits in a named, focusable region that scrolls on a phone; header cells stay th', () => {
    const html = siteHtml(new MediaCollector(1))
    expect(html).toMatch(/^<div role="region" tabindex="0" aria-label="Bảng"><table><tbody><tr>/)
    expect(html).toMatch(/<th[^>]*>\s*<p>Ngày<\/p>\s*<\/th>/)
    expect(html).toMatch(/<td[^>]*>\s*<p>Người tiếp<\/p>\s*<\/td>/)
    expect(html).not.toMatch(/class=/)
  })

  it('an image is the site’s own file (its prepared size), copied with the build; an unpopulated one is left out', () => {
    const media = new MediaCollector(1)
    const html = siteHtml(media)
    expect(html).toContain(
      '<img src="/media/hoi-truong-800x450.webp" width="800" height="450" loading="lazy" decoding="async" alt="Hội trường xã" />',
    )
    expect(html.match(/<img/g)).toHaveLength(1)
    expect(media.filenames.sort()).toEqual(['hoi-truong-800x450.webp', 'hoi-truong.jpg'])
  })

  it('the sanitiser keeps only the region’s own attributes on a div', () => {
    expect(sanitizeRichText('<div role="region" tabindex="0" aria-label="Bảng" onclick="x()">a</div>')).toBe(
      '<div role="region" tabindex="0" aria-label="Bảng">a</div>',
    )
    expect(sanitizeRichText('<div role="button" tabindex="5" aria-label="x">a</div>')).toBe('<div>a</div>')
    expect(sanitizeRichText('<div role="region" tabindex="-1" aria-label="<b>x</b>">a</div>')).toBe(
      '<div role="region">a</div>',
    )
  })
})
