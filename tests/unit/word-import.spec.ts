import { buildConfig, type RichTextField } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { cleanWordHtml, firstHeading, withoutLeadingHeading } from '../../cms/features/word-import/clean-html'
import { docxToHtml, imageMarker } from '../../cms/features/word-import/docx-to-html'
import { htmlToLexical } from '../../cms/features/word-import/html-to-lexical'
import { richTextEditor } from '../../cms/fields/rich-text'
import {
  plainDocx,
  reportDocx,
  WORD_BULLETS,
  WORD_LINK,
  WORD_STEPS,
  WORD_TABLE,
  WORD_TITLE,
} from '../support/word-fixtures'

type Node = {
  type: string
  tag?: string
  text?: string
  listType?: string
  value?: unknown
  format?: number
  fields?: { url?: string }
  children?: Node[]
}

const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('')

/** The content field of a config with the project's editor (its features: lists, tables, uploads…). */
let field: RichTextField
beforeAll(async () => {
  const config = await buildConfig({
    secret: 'unit',
    editor: richTextEditor(),
    db: {} as never,
    collections: [
      { slug: 'media', upload: true, fields: [{ name: 'alt', type: 'text' }] },
      { slug: 'posts', fields: [{ name: 'content', type: 'richText' }] },
    ],
  })
  field = config.collections
    .find((c) => c.slug === 'posts')!
    .fields.find((f) => 'name' in f && f.name === 'content') as RichTextField
})

describe('a .docx through mammoth, the allowlist and Payload’s HTML-to-Lexical conversion', () => {
  it('keeps headings, bold and italic, the link, both lists, the table and the image', async () => {
    const word = await docxToHtml(await reportDocx({ imageAlt: 'Hội trường xã' }))
    expect(word.images).toHaveLength(1)
    expect(word.images[0]!.altText).toBe('Hội trường xã')
    expect(firstHeading(word.html)).toBe(WORD_TITLE)

    const html = cleanWordHtml(withoutLeadingHeading(word.html), new Map([[imageMarker(1), 42]]))
    const root = htmlToLexical(html, field).root as unknown as Node
    const nodes = root.children!
    expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'heading', 'list', 'heading', 'list', 'table', 'upload'])

    const [intro, h1, bullets, h2, steps, table, upload] = nodes as [Node, Node, Node, Node, Node, Node, Node]
    expect(intro.children!.find((n) => n.format === 1)?.text).toBe('kế hoạch chi tiết') // bold
    expect(intro.children!.find((n) => n.format === 2)?.text).toBe('phân công nhiệm vụ') // italic
    const link = intro.children!.find((n) => n.type === 'link')!
    expect(link.fields?.url).toBe(WORD_LINK)
    expect([h1.tag, h2.tag]).toEqual(['h2', 'h2']) // the title is the page's h1 on the site
    expect(bullets.listType).toBe('bullet')
    expect(bullets.children!.map(textOf)).toEqual(WORD_BULLETS)
    expect(steps.listType).toBe('number')
    expect(steps.children!.map(textOf)).toEqual(WORD_STEPS)
    expect(table.children!.map((row) => row.children!.map(textOf))).toEqual(WORD_TABLE)
    expect(upload).toMatchObject({ type: 'upload', relationTo: 'media', value: 42 })
  })

  it('drops what the editor cannot hold: scripts, unsafe links, images that were not stored', () => {
    const html = cleanWordHtml(
      '<p onclick="x()">Chào <a href="javascript:alert(1)">bấm</a><script>alert(1)</script></p><p><img src="word-image:9"></p><h4>Mục</h4>',
      new Map(),
    )
    expect(html).toBe('<p>Chào bấm</p><h2>Mục</h2>')
  })

  it('a document without a heading: no title from the text (the import uses the file name)', async () => {
    const word = await docxToHtml(await plainDocx('Chỉ có một đoạn văn.'))
    expect(firstHeading(word.html)).toBeNull()
    expect(word.html).toBe('<p>Chỉ có một đoạn văn.</p>')
  })

  it('a broken file is refused by mammoth (the import names it as unreadable)', async () => {
    const whole = await plainDocx('Văn bản')
    await expect(docxToHtml(whole.subarray(0, whole.length / 2))).rejects.toThrow()
  })
})
