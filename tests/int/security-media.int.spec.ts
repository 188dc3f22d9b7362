import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { makeDemoImage, makeDemoPdf } from '../../demo/demo-files'
import { baseUrl, graphql, rest, type Reply } from '../support/api'
import { setUpActors } from '../support/actors'
import { hostGet } from '../support/host-request'
import { ACTORS, type Actor } from '../support/roles'

/**
 * Who may download an upload (issue 9, item 4) and how uploads are served (item 16). Public
 * means: used by published content of a live commune. Generated over every role × commune
 * (own / other / suspended) × use of the file (published content / a draft only / unused),
 * through REST (list, by ID, the file, an image size) and GraphQL (AllMedia, Media).
 */
const OWN = 'my-binh'
const OTHER = 'chau-phu-a'
const SUSPENDED = 'nui-sam'

type Scope = 'own' | 'other' | 'suspended'
type Use = 'published' | 'draft-only' | 'unused'
const SCOPES: Scope[] = ['own', 'other', 'suspended']
const USES: Use[] = ['published', 'draft-only', 'unused']

type MediaDoc = { id: number; filename: string; mimeType: string; sizes?: Record<string, { filename?: string | null }> }

let adminToken = ''
let tokens = new Map<Actor, string | undefined>()
const communeIds = new Map<Scope, number>()
const files = new Map<string, MediaDoc>()
const created: { collection: string; id: number }[] = []
const key = (scope: Scope, use: Use) => `${scope}:${use}`

let counter = 0
const upload = async (
  tenant: number,
  kind: 'image' | 'pdf',
  fields: Record<string, unknown> = {},
  token = adminToken,
): Promise<MediaDoc> => {
  const n = `${Date.now().toString(36)}-${++counter}`
  const data =
    kind === 'image' ? await makeDemoImage(counter % 3, `Kiểm thử ${n}`) : makeDemoPdf([`Quyet dinh kiem thu ${n}`])
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(data)], { type: kind === 'image' ? 'image/jpeg' : 'application/pdf' }),
    kind === 'image' ? `anh-kiem-thu-${n}.jpg` : `quyet-dinh-${n}.pdf`,
  )
  form.append('_payload', JSON.stringify({ tenant, alt: `Ảnh kiểm thử ${n}`, ...fields }))
  const reply = await rest('POST', '/api/media', { token, body: form })
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
  created.push({ collection: 'media', id: reply.body.doc.id })
  return reply.body.doc
}

const make = async (collection: string, body: Record<string, unknown>, draft = false): Promise<number> => {
  const reply = await rest('POST', `/api/${collection}${draft ? '?draft=true' : ''}`, { token: adminToken, body })
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
  created.unshift({ collection, id: reply.body.doc.id })
  return reply.body.doc.id
}

let n = 0
const postData = (tenant: number, extra: Record<string, unknown>) => ({
  tenant,
  title: `Tin kiểm thử tệp ${Date.now().toString(36)}-${++n}`,
  ...extra,
})
const documentData = (tenant: number, extra: Record<string, unknown>) => ({
  tenant,
  title: `Quyết định kiểm thử ${Date.now().toString(36)}-${++n}`,
  number: `${n}/QĐ-KT`,
  docType: 'quyet-dinh',
  issueDate: '2026-01-05T00:00:00.000Z',
  ...extra,
})
/** A Lexical document with one upload node, as the admin's editor saves an inserted picture. */
const richTextWith = (mediaId: number) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text: 'Ảnh minh hoạ:', format: 0, mode: 'normal', style: '', detail: 0 },
        ],
      },
      { type: 'upload', version: 3, format: '', relationTo: 'media', value: mediaId, fields: null, id: `u${mediaId}` },
    ],
  },
})

const fileUrl = (filename: string) => `/api/media/file/${encodeURIComponent(filename)}`
/** The file's answer, its body read (an unread body keeps the connection busy). */
const download = async (filename: string, token?: string, headers: Record<string, string> = {}) => {
  const reply = await fetch(`${baseUrl()}${fileUrl(filename)}`, {
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
  })
  await reply.arrayBuffer()
  return reply
}
const anonymousStatus = async (doc: MediaDoc) => (await download(doc.filename)).status

const graphqlFound = (reply: Reply, field: string): boolean => {
  expect(reply.status).toBeLessThan(500)
  const errors = reply.body?.errors as { message: string; extensions?: { statusCode?: number } }[] | undefined
  if (errors?.length) {
    for (const e of errors) expect([401, 403, 404], `${field}: ${e.message}`).toContain(e.extensions?.statusCode)
    return false
  }
  return reply.body?.data?.[field] != null
}

beforeAll(async () => {
  ;({ adminToken, tokens } = await setUpActors(OWN, OTHER))
  const communes = await rest('GET', `/api/communes?where[slug][in]=${OWN},${OTHER},${SUSPENDED}&depth=0`, {
    token: adminToken,
  })
  for (const [scope, slug] of [
    ['own', OWN],
    ['other', OTHER],
    ['suspended', SUSPENDED],
  ] as const)
    communeIds.set(scope, communes.body.docs.find((c: { slug: string }) => c.slug === slug).id)
  for (const scope of SCOPES) {
    const tenant = communeIds.get(scope)!
    const published = await upload(tenant, 'image')
    const draftOnly = await upload(tenant, 'pdf')
    const unused = await upload(tenant, 'image')
    await make('posts', { ...postData(tenant, { coverImage: published.id }), _status: 'published' })
    await make('documents', { ...documentData(tenant, { files: [draftOnly.id] }), _status: 'draft' }, true)
    files
      .set(key(scope, 'published'), published)
      .set(key(scope, 'draft-only'), draftOnly)
      .set(key(scope, 'unused'), unused)
  }
  expect(
    (
      await rest('PATCH', `/api/communes/${communeIds.get('suspended')}`, {
        token: adminToken,
        body: { status: 'suspended' },
      })
    ).status,
  ).toBe(200)
})

afterAll(async () => {
  if (communeIds.has('suspended'))
    await rest('PATCH', `/api/communes/${communeIds.get('suspended')}`, { token: adminToken, body: { status: 'live' } })
  for (const { collection, id } of created) await rest('DELETE', `/api/${collection}/${id}`, { token: adminToken })
})

/** The role table for files: members read their commune's files; everyone reads public ones. */
const expected = (actor: Actor, scope: Scope, use: Use, door: 'record' | 'file'): boolean => {
  if (actor === 'province-admin') return true
  const isPublic = use === 'published' && scope !== 'suspended'
  if (actor === 'anonymous') return isPublic
  // Board members and the district viewer (whose district is OWN's) read OWN's files as records;
  // the file URL also gives them whatever the public gets.
  return scope === 'own' || (door === 'file' && isPublic)
}

describe('who reads which upload', () => {
  const cases = ACTORS.flatMap((actor) =>
    SCOPES.flatMap((scope) =>
      USES.map((use) => ({
        actor,
        scope,
        use,
        record: expected(actor, scope, use, 'record'),
        file: expected(actor, scope, use, 'file'),
      })),
    ),
  )
  it.each(cases)(
    '$actor, $scope commune, file used by $use content: record=$record file=$file',
    async ({ actor, scope, use, record, file }) => {
      const doc = files.get(key(scope, use))!
      const token = tokens.get(actor)
      const list = await rest('GET', `/api/media?where[id][equals]=${doc.id}&depth=0`, { token })
      expect(list.status === 200 && list.body.docs.length === 1, `list ${list.status}`).toBe(record)
      const one = await rest('GET', `/api/media/${doc.id}?depth=0`, { token })
      expect(one.status === 200, `by id ${one.status}`).toBe(record)
      if (!record) expect([401, 403, 404]).toContain(one.status)
      const gList = await graphql(`{ AllMedia(where: { id: { equals: ${doc.id} } }) { docs { id filename } } }`, token)
      expect(graphqlFound(gList, 'AllMedia') && gList.body.data.AllMedia.docs.length === 1).toBe(record)
      expect(graphqlFound(await graphql(`{ Media(id: ${doc.id}) { id } }`, token), 'Media')).toBe(record)
      const original = await download(doc.filename, token)
      expect(original.status, `file ${doc.filename}`).toBe(file ? 200 : 403)
      const size = doc.sizes?.thumbnail?.filename
      if (doc.mimeType.startsWith('image/')) {
        expect(size).toBeTruthy()
        expect((await download(size!, token)).status, `size ${size}`).toBe(file ? 200 : 403)
      }
    },
  )

  it('a list answers only the public files of live communes to a citizen', async () => {
    const reply = await rest(
      'GET',
      `/api/media?limit=100&depth=0&where[id][in]=${[...files.values()].map((f) => f.id).join(',')}`,
    )
    expect(reply.status).toBe(200)
    expect(reply.body.docs.map((d: MediaDoc) => d.id).sort()).toEqual(
      [files.get(key('own', 'published'))!.id, files.get(key('other', 'published'))!.id].sort(),
    )
    const all = await rest('GET', '/api/media?limit=100&depth=0&where[public][not_equals]=true')
    expect(all.body.docs).toEqual([])
  })
})

/** Publishing, unpublishing, replacing and deleting content moves the flag. */
const flagFollowsContentTests = () => {
  it('publishing, unpublishing, replacing and deleting content that uses a file, in any field', async () => {
    const tenant = communeIds.get('own')!
    const image = await upload(tenant, 'image')
    expect(await anonymousStatus(image)).toBe(403)
    // A picture inserted in a page's rich text, published.
    const page = await make('pages', {
      tenant,
      title: `Trang kiểm thử ${Date.now().toString(36)}`,
      content: richTextWith(image.id),
      _status: 'published',
    })
    expect(await anonymousStatus(image)).toBe(200)
    // Unpublished: private again.
    expect((await rest('PATCH', `/api/pages/${page}`, { token: adminToken, body: { _status: 'draft' } })).status).toBe(
      200,
    )
    expect(await anonymousStatus(image)).toBe(403)
    // Published again, then deleted.
    expect(
      (await rest('PATCH', `/api/pages/${page}`, { token: adminToken, body: { _status: 'published' } })).status,
    ).toBe(200)
    expect(await anonymousStatus(image)).toBe(200)
    expect((await rest('DELETE', `/api/pages/${page}`, { token: adminToken })).status).toBe(200)
    created.splice(
      created.findIndex((c) => c.collection === 'pages' && c.id === page),
      1,
    )
    expect(await anonymousStatus(image)).toBe(403)

    // A draft over live content does not publish its new cover; publishing it swaps them.
    const first = await upload(tenant, 'image')
    const second = await upload(tenant, 'image')
    const post = await make('posts', { ...postData(tenant, { coverImage: first.id }), _status: 'published' })
    expect(await anonymousStatus(first)).toBe(200)
    expect(
      (
        await rest('PATCH', `/api/posts/${post}?draft=true`, {
          token: tokens.get('chief'),
          body: { coverImage: second.id },
        })
      ).status,
    ).toBe(200)
    expect([await anonymousStatus(first), await anonymousStatus(second)]).toEqual([200, 403])
    expect(
      (
        await rest('PATCH', `/api/posts/${post}`, {
          token: tokens.get('chief'),
          body: { coverImage: second.id, _status: 'published' },
        })
      ).status,
    ).toBe(200)
    expect([await anonymousStatus(first), await anonymousStatus(second)]).toEqual([403, 200])

    // A file used twice stays public while one use remains.
    const other = await make('posts', { ...postData(tenant, { coverImage: second.id }), _status: 'published' })
    expect((await rest('DELETE', `/api/posts/${post}`, { token: adminToken })).status).toBe(200)
    created.splice(
      created.findIndex((c) => c.collection === 'posts' && c.id === post),
      1,
    )
    expect(await anonymousStatus(second)).toBe(200)
    expect((await rest('PATCH', `/api/posts/${other}`, { token: adminToken, body: { _status: 'draft' } })).status).toBe(
      200,
    )
    expect(await anonymousStatus(second)).toBe(403)

    // Plain collections (no drafts): an official's photo is public while the official is listed.
    const photo = await upload(tenant, 'image')
    const official = await make('officials', {
      tenant,
      name: `Nguyễn Văn Kiểm ${Date.now().toString(36)}`,
      position: 'Phó Chủ tịch UBND',
      organ: 'ubnd',
      photo: photo.id,
    })
    expect(await anonymousStatus(photo)).toBe(200)
    expect(
      (await rest('PATCH', `/api/officials/${official}`, { token: adminToken, body: { photo: null } })).status,
    ).toBe(200)
    expect(await anonymousStatus(photo)).toBe(403)

    // A published decision makes its PDF downloadable.
    const pdf = await upload(tenant, 'pdf')
    await make('documents', { ...documentData(tenant, { files: [pdf.id] }), _status: 'published' })
    expect(await anonymousStatus(pdf)).toBe(200)
  })
}

/** Nobody sets the flag by hand; resuming a commune restores its files. */
const flagGuardTests = () => {
  it('no one sets the flag by hand, and another commune’s content cannot make a file public', async () => {
    const own = communeIds.get('own')!
    const image = await upload(own, 'image', { public: true }, tokens.get('chief'))
    expect(await anonymousStatus(image)).toBe(403)
    expect(
      (await rest('PATCH', `/api/media/${image.id}`, { token: tokens.get('chief'), body: { public: true } })).status,
    ).toBeLessThan(500)
    expect(
      await graphql(`mutation { updateMedia(id: ${image.id}, data: { public: true }) { id } }`, tokens.get('chief')),
    ).toBeDefined()
    expect(await anonymousStatus(image)).toBe(403)
    // A post of another commune pointing at this file (refused or not) does not publish it.
    await rest('POST', '/api/posts', {
      token: adminToken,
      body: { ...postData(communeIds.get('other')!, { coverImage: image.id }), _status: 'published' },
    }).then((reply) => {
      if (reply.status === 201) created.unshift({ collection: 'posts', id: reply.body.doc.id })
    })
    expect(await anonymousStatus(image)).toBe(403)
  })

  it('resuming a suspended commune makes its public files downloadable again', async () => {
    const doc = files.get(key('suspended', 'published'))!
    expect(await anonymousStatus(doc)).toBe(403)
    expect(
      (
        await rest('PATCH', `/api/communes/${communeIds.get('suspended')}`, {
          token: adminToken,
          body: { status: 'live' },
        })
      ).status,
    ).toBe(200)
    try {
      expect(await anonymousStatus(doc)).toBe(200)
      expect(await anonymousStatus(files.get(key('suspended', 'draft-only'))!)).toBe(403)
    } finally {
      expect(
        (
          await rest('PATCH', `/api/communes/${communeIds.get('suspended')}`, {
            token: adminToken,
            body: { status: 'suspended' },
          })
        ).status,
      ).toBe(200)
    }
  })
}

describe('the flag follows the content', () => {
  flagFollowsContentTests()
  flagGuardTests()
})

describe('how uploads are served', () => {
  const expectSandboxed = (
    headers: Headers | Record<string, string | string[] | undefined>,
    disposition: 'inline' | 'attachment',
  ) => {
    const get = (name: string) =>
      headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined)
    expect(get('x-content-type-options')).toBe('nosniff')
    const csp = get('content-security-policy') ?? ''
    expect(csp).toMatch(/(^|;\s*)sandbox(\s*;|$)/)
    expect(csp).toContain("default-src 'none'")
    expect(get('content-disposition') ?? '').toMatch(new RegExp(`^${disposition}\\b`))
  }

  it('from the CMS: images inline, documents as downloads, all sandboxed and never sniffed', async () => {
    const image = files.get(key('own', 'published'))!
    const reply = await download(image.filename)
    expect(reply.status).toBe(200)
    expect(reply.headers.get('content-type')).toMatch(/^image\/jpeg/)
    expectSandboxed(reply.headers, 'inline')
    expectSandboxed((await download(image.sizes!.thumbnail!.filename!)).headers, 'inline')
    const pdf = files.get(key('own', 'draft-only'))!
    const asChief = await download(pdf.filename, tokens.get('chief'))
    expect(asChief.status).toBe(200)
    expect(asChief.headers.get('content-type')).toBe('application/pdf')
    expectSandboxed(asChief.headers, 'attachment')
    // A range request (PDF viewers) carries the same headers.
    const part = await download(pdf.filename, tokens.get('chief'), { Range: 'bytes=0-9' })
    expect(part.status).toBe(206)
    expectSandboxed(part.headers, 'attachment')
  })

  it('from a site’s own copy of its files', async () => {
    const live = path.join(inject('dataDir'), 'sites', OWN, 'current', 'media')
    const names = fs.readdirSync(live)
    const pdf = names.find((f) => f.endsWith('.pdf'))
    const jpg = names.find((f) => f.endsWith('.jpg'))
    expect(pdf && jpg).toBeTruthy()
    const doc = await hostGet(`${OWN}.localhost`, `/media/${pdf}`)
    expect(doc.status).toBe(200)
    expectSandboxed(doc.headers, 'attachment')
    expect(String(doc.headers['content-disposition'])).toContain(`filename="${pdf}"`)
    const picture = await hostGet(`${OWN}.localhost`, `/media/${jpg}`)
    expect(picture.status).toBe(200)
    expectSandboxed(picture.headers, 'inline')
    // Pages keep the site's own policy (scripts of the site, analytics).
    const home = await hostGet(`${OWN}.localhost`, '/')
    expect(String(home.headers['content-security-policy'])).toContain("script-src 'self'")
    expect(String(home.headers['content-security-policy'])).not.toContain('sandbox')
  })
})
