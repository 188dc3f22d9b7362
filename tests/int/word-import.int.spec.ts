import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeDocx, makePdf } from '../support/active-content-fixtures'
import { loginAs, rest } from '../support/api'
import { setUpActors } from '../support/actors'
import { hostGet } from '../support/host-request'
import { ACTORS, type Actor, type Scope } from '../support/roles'
import { waitFor } from '../support/shared-payload'
import { importDocx, messagesOf } from '../support/word-import-client'
import {
  plainDocx,
  reportDocx,
  WORD_BULLETS,
  WORD_LINK,
  WORD_STEPS,
  WORD_TABLE,
  WORD_TITLE,
} from '../support/word-fixtures'

/**
 * "Nhập từ Word" over REST (issue 11): a .docx becomes a draft of the commune with its
 * headings, lists, table, link and image; who may import where; which files are refused and
 * how; and an imported, published item on the commune's built site.
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
let communeIds = new Map<Scope, number>()
const created: { collection: string; id: number | string }[] = []

beforeAll(async () => {
  ;({ adminToken, tokens, communeIds } = await setUpActors(OWN, OTHER))
})

afterAll(async () => {
  for (const { collection, id } of created.reverse())
    await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
})

type LexNode = {
  type: string
  tag?: string
  text?: string
  listType?: string
  value?: unknown
  format?: number
  fields?: { url?: string }
  children?: LexNode[]
}
const textOf = (node: LexNode): string => node.text ?? (node.children ?? []).map(textOf).join('')

/** Remembers what an import made (the draft and its media) so the suite leaves nothing behind. */
const keep = (collection: string, body: { doc?: { id: number }; images?: { id: number }[] }) => {
  for (const image of body.images ?? []) created.push({ collection: 'media', id: image.id })
  if (body.doc) created.push({ collection, id: body.doc.id })
}

const me = async (token: string) => (await rest('GET', '/api/users/me', { token })).body.user as { id: number }

describe('a Word report becomes a draft news item', () => {
  it('with its title, headings, bold/italic, link, lists, table and image, as the contributor’s draft', async () => {
    const token = tokens.get('contributor')!
    const reply = await importDocx(
      'posts',
      { data: await reportDocx(), name: 'Kế hoạch ngày hội.docx' },
      communeIds.get('own')!,
      token,
    )
    expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(201)
    keep('posts', reply.body)
    const { doc } = reply.body
    expect(doc).toMatchObject({
      title: WORD_TITLE,
      _status: 'draft',
      workflowStatus: 'draft',
      tenant: communeIds.get('own'),
    })
    expect(doc.createdBy).toBe((await me(token)).id)

    const nodes = doc.content.root.children as LexNode[]
    expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'heading', 'list', 'heading', 'list', 'table', 'upload'])
    const [intro, heading, bullets, , steps, table, upload] = nodes as LexNode[]
    expect(intro!.children!.filter((n) => n.format === 1).map((n) => n.text)).toEqual(['kế hoạch chi tiết'])
    expect(intro!.children!.filter((n) => n.format === 2).map((n) => n.text)).toEqual(['phân công nhiệm vụ'])
    expect(intro!.children!.find((n) => n.type === 'link')?.fields?.url).toBe(WORD_LINK)
    expect(heading!.tag).toBe('h2')
    expect([bullets!.listType, steps!.listType]).toEqual(['bullet', 'number'])
    expect(bullets!.children!.map(textOf)).toEqual(WORD_BULLETS)
    expect(steps!.children!.map(textOf)).toEqual(WORD_STEPS)
    expect(table!.children!.map((row) => row.children!.map(textOf))).toEqual(WORD_TABLE)

    // The image is a media file of the commune, made by the contributor, its alt to be written.
    expect(reply.body.images).toHaveLength(1)
    const [image] = reply.body.images
    expect(upload!.value).toBe(image.id)
    expect(image.needsAlt).toBe(true)
    expect(reply.body.message).toMatch(/1 ảnh cần viết mô tả/)
    const media = (await rest('GET', `/api/media/${image.id}?depth=0`, { token })).body
    expect(media).toMatchObject({
      tenant: communeIds.get('own'),
      mimeType: 'image/png',
      createdBy: (await me(token)).id,
    })
    expect(media.alt).toMatch(/^Cần mô tả ảnh: ảnh 1 trong tệp «Kế hoạch ngày hội\.docx»$/)
  })

  it('an image described in Word keeps its description and needs nothing more', async () => {
    const reply = await importDocx(
      'posts',
      { data: await reportDocx({ imageAlt: 'Hội trường Ủy ban xã' }), name: 'hoi-truong.docx' },
      communeIds.get('own')!,
      tokens.get('editor'),
    )
    expect(reply.status).toBe(201)
    keep('posts', reply.body)
    expect(reply.body.images).toEqual([expect.objectContaining({ alt: 'Hội trường Ủy ban xã', needsAlt: false })])
    // The same title as the report imported above: the commune's second item of that name gets its own address.
    expect(reply.body.doc.slug).toMatch(/^ke-hoach-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2026-\d+$/)
  })

  it('a file without a heading is titled after the file; pages and documents import too', async () => {
    const token = tokens.get('chief')!
    const page = await importDocx(
      'pages',
      { data: await plainDocx('Giới thiệu chung về xã.'), name: 'Giới thiệu xã.docx' },
      communeIds.get('own')!,
      token,
    )
    expect(page.status, JSON.stringify(page.body).slice(0, 300)).toBe(201)
    keep('pages', page.body)
    expect(page.body.doc).toMatchObject({ title: 'Giới thiệu xã', _status: 'draft' })
    expect(textOf(page.body.doc.content.root)).toBe('Giới thiệu chung về xã.')

    const document = await importDocx(
      'documents',
      { data: await reportDocx(), name: 'ke-hoach.docx' },
      communeIds.get('own')!,
      token,
    )
    expect(document.status, JSON.stringify(document.body).slice(0, 300)).toBe(201)
    keep('documents', document.body)
    expect(document.body.doc).toMatchObject({ title: WORD_TITLE, _status: 'draft', workflowStatus: 'draft' })
    expect(document.body.doc.summary).toContain('Tuyên truyền trên loa truyền thanh')
    expect(document.body.doc.files).toHaveLength(1) // the Word file itself is attached
    created.push({ collection: 'media', id: document.body.doc.files[0] })
  })
})

/** Who may import into which commune: the board of that commune and the province admin. */
const allowed = (actor: Actor, scope: Scope) =>
  actor === 'province-admin' || (scope === 'own' && ['chief', 'editor', 'contributor'].includes(actor))

describe('who may import', () => {
  const cases = ACTORS.flatMap((actor) => (['own', 'other'] as const).map((scope) => [actor, scope] as const))
  it.each(cases)('%s into the %s commune', async (actor, scope) => {
    const reply = await importDocx(
      'posts',
      { data: await plainDocx(`Tin của ${actor}`), name: `tin-${actor}.docx` },
      communeIds.get(scope)!,
      tokens.get(actor),
    )
    if (allowed(actor, scope)) {
      expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
      keep('posts', reply.body)
      expect(reply.body.doc.tenant).toBe(communeIds.get(scope))
      return
    }
    expect(reply.status).toBe(actor === 'anonymous' ? 401 : 403)
    expect(reply.body.doc).toBeUndefined()
    expect(messagesOf(reply)).toMatch(
      actor === 'anonymous' ? /đăng nhập/ : new RegExp(`tin-${actor}\\.docx.*không được tạo tin bài trong đơn vị «`),
    )
  })

  it('nothing is created by a refused import', async () => {
    const before = (await rest('GET', '/api/posts?limit=1&draft=true', { token: adminToken })).body.totalDocs
    await importDocx(
      'posts',
      { data: await plainDocx('Không được'), name: 'x.docx' },
      communeIds.get('other')!,
      tokens.get('chief'),
    )
    expect((await rest('GET', '/api/posts?limit=1&draft=true', { token: adminToken })).body.totalDocs).toBe(before)
  })
})

describe('files that are refused, with a Vietnamese sentence naming the file', () => {
  const own = () => communeIds.get('own')!
  const token = () => tokens.get('editor')!

  it.each([
    [
      'a PDF renamed .docx',
      () => makePdf(['<< /Type /Catalog >>']),
      'bao-cao.docx',
      415,
      /«bao-cao\.docx»: không phải tệp Word \.docx/,
    ],
    [
      'a Word file with macros',
      () => makeDocx({ 'word/vbaProject.bin': 'VBA' }),
      'co-macro.docx',
      422,
      /«co-macro\.docx»: .*macro/,
    ],
    [
      'a Word file with an ActiveX control',
      () => makeDocx({ 'word/activeX/activeX1.xml': '<ax:ocx/>' }),
      'activex.docx',
      422,
      /«activex\.docx»: .*ActiveX/,
    ],
    [
      'a legacy .doc renamed',
      () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      'cu.docx',
      415,
      /«cu\.docx»: không phải tệp Word/,
    ],
  ])('%s', async (_what, make, name, status, says) => {
    const reply = await importDocx('posts', { data: make(), name }, own(), token())
    expect(reply.status, JSON.stringify(reply.body)).toBe(status)
    expect(messagesOf(reply)).toMatch(says)
  })

  it('a broken .docx (cut in half)', async () => {
    const whole = await reportDocx()
    const reply = await importDocx(
      'posts',
      { data: whole.subarray(0, Math.floor(whole.length / 2)), name: 'hong.docx' },
      own(),
      token(),
    )
    expect([415, 422]).toContain(reply.status)
    expect(messagesOf(reply)).toMatch(/«hong\.docx»: (tệp Word bị hỏng|không phải tệp Word)/)
  })

  it('a file over 20 MB', async () => {
    const reply = await importDocx(
      'posts',
      { data: Buffer.alloc(21 * 1024 * 1024, 1), name: 'lon.docx' },
      own(),
      token(),
    )
    expect(reply.status).toBe(413)
    expect(messagesOf(reply)).toMatch(/«lon\.docx»: tệp vượt quá dung lượng tối đa 20 MB/)
  })

  it('no file, or no commune', async () => {
    const none = await importDocx('posts', null, own(), token())
    expect(none.status).toBe(400)
    expect(messagesOf(none)).toMatch(/hãy chọn một tệp Word/)
    const noCommune = await importDocx('posts', { data: await plainDocx('a'), name: 'a.docx' }, null, token())
    expect(noCommune.status).toBe(400)
    expect(messagesOf(noCommune)).toMatch(/«a\.docx»: hãy chọn đơn vị/)
  })
})

describe('an imported report on the built site', () => {
  it('once published, its page shows the table (in its scrolling region), the lists, the link and the image', async () => {
    const chief = (await loginAs('chief', OWN)).token
    const imported = await importDocx(
      'posts',
      { data: await reportDocx({ imageAlt: 'Hội trường' }), name: 'dang-site.docx' },
      communeIds.get('own')!,
      chief,
    )
    expect(imported.status).toBe(201)
    keep('posts', imported.body)
    const published = await rest('PATCH', `/api/posts/${imported.body.doc.id}`, {
      token: chief,
      body: { _status: 'published' },
    })
    expect(published.status, JSON.stringify(published.body).slice(0, 300)).toBe(200)
    const slug = published.body.doc.slug
    const body = await waitFor(
      'the imported article on the site',
      async () => {
        const page = await hostGet(`${OWN}.localhost`, `/tin-tuc/bai/${slug}/`)
        return page.status === 200 ? page.body : null
      },
      180_000,
    )
    expect(body).toMatch(/<div role="region" tabindex="0" aria-label="Bảng"><table><tbody>/)
    for (const cell of WORD_TABLE.flat()) expect(body).toContain(cell)
    expect(body).toMatch(/<ul>\s*<li[^>]*>Tuyên truyền trên loa truyền thanh/)
    expect(body).toMatch(/<ol[^>]*>\s*<li[^>]*>Lập danh sách hộ nghèo/)
    expect(body).toContain(`href="${WORD_LINK}"`)
    const img = /<img src="(\/media\/[^"]+)"[^>]*alt="Hội trường"/.exec(body)
    expect(img, 'the image in the article').not.toBeNull()
    expect((await hostGet(`${OWN}.localhost`, img![1]!)).status).toBe(200)
  }, 240_000)
})
