import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, loginAs, rest } from '../support/api'
import { setUpActors } from '../support/actors'

/**
 * A commune's documents name only files of that commune (cms/features/tenancy/own-uploads.ts):
 * the site build copies every file a published document names, so a board pointing a post's
 * picture or an announcement's attachments at another commune's file would publish that file,
 * public or not, on its own site. Refused over REST and GraphQL for every role that may write,
 * with a Vietnamese sentence naming the field; the commune's own files are accepted.
 */
const OWN = 'my-hoa'
const OTHER = 'vinh-te'
const REFUSAL = 'chỉ chọn được tệp trong thư viện tệp của chính đơn vị này'

let adminToken = ''
let chief = ''
let editor = ''
let own = 0
let other = 0
let ownImage = 0
let otherImage = 0
const media: number[] = []
const posts: number[] = []
const announcements: number[] = []

const picture = () =>
  sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 40, g: 120, b: 60 } } })
    .jpeg()
    .toBuffer()

const upload = async (tenant: number, name: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await picture())], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ tenant, alt: 'Ảnh kiểm thử' }))
  const reply = await rest('POST', '/api/media', { token: adminToken, body: form })
  expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(201)
  media.push(reply.body.doc.id)
  return reply.body.doc.id as number
}

const errorText = (body: unknown) => JSON.stringify(body)

beforeAll(async () => {
  const actors = await setUpActors(OWN, OTHER)
  adminToken = actors.adminToken
  own = actors.communeIds.get('own')!
  other = actors.communeIds.get('other')!
  chief = actors.tokens.get('chief')!
  editor = actors.tokens.get('editor')!
  ownImage = await upload(own, 'anh-cua-xa.jpg')
  otherImage = await upload(other, 'anh-cua-xa-khac.jpg')
}, 120_000)

afterAll(async () => {
  for (const id of posts) await rest('DELETE', `/api/posts/${id}`, { token: adminToken })
  for (const id of announcements) await rest('DELETE', `/api/announcements/${id}`, { token: adminToken })
  for (const id of media) await rest('DELETE', `/api/media/${id}`, { token: adminToken })
})

describe('a post’s picture (one upload)', () => {
  it.each([
    ['chief', () => chief],
    ['editor', () => editor],
    ['province admin', () => adminToken],
  ])('%s: another commune’s picture is refused over REST, naming the field; its own is taken', async (_, token) => {
    const refused = await rest('POST', '/api/posts', {
      token: token(),
      body: { tenant: own, title: 'Bài mượn ảnh xã khác', coverImage: otherImage },
    })
    expect(refused.status).toBe(400)
    expect(errorText(refused.body)).toContain(REFUSAL)
    expect(errorText(refused.body)).toContain('Ảnh đại diện')
    const taken = await rest('POST', '/api/posts', {
      token: token(),
      body: { tenant: own, title: 'Bài dùng ảnh của xã', coverImage: ownImage },
    })
    expect(taken.status, errorText(taken.body).slice(0, 300)).toBe(201)
    posts.push(taken.body.doc.id)
    expect(taken.body.doc.coverImage?.id ?? taken.body.doc.coverImage).toBe(ownImage)
  })

  it('changing an existing post’s picture to another commune’s is refused, and the post keeps its own', async () => {
    const id = posts[0]!
    const refused = await rest('PATCH', `/api/posts/${id}`, { token: chief, body: { coverImage: otherImage } })
    expect(refused.status).toBe(400)
    expect(errorText(refused.body)).toContain(REFUSAL)
    const stored = (await rest('GET', `/api/posts/${id}?depth=0&draft=true`, { token: adminToken })).body
    expect(stored.coverImage).toBe(ownImage)
    // Another field of the same post still saves: the kept picture is not checked again.
    const retitled = await rest('PATCH', `/api/posts/${id}`, { token: chief, body: { title: 'Bài đổi tiêu đề' } })
    expect(retitled.status, errorText(retitled.body).slice(0, 300)).toBe(200)
  })

  it('over GraphQL: another commune’s picture is refused, its own is taken', async () => {
    const refused = await graphql(
      `mutation { createPost(data: { tenant: ${own}, title: "GraphQL mượn ảnh", coverImage: ${otherImage} }) { id } }`,
      chief,
    )
    expect(refused.body.errors?.length, errorText(refused.body)).toBeGreaterThan(0)
    expect(errorText(refused.body)).toContain(REFUSAL)
    const taken = await graphql(
      `mutation { createPost(data: { tenant: ${own}, title: "GraphQL ảnh của xã", coverImage: ${ownImage} }) { id } }`,
      chief,
    )
    expect(taken.body.errors, errorText(taken.body)).toBeUndefined()
    posts.push(Number(taken.body.data.createPost.id))
  })
})

describe('an announcement’s attachments (several uploads)', () => {
  it('one foreign file among its own refuses the whole list, over REST and GraphQL', async () => {
    const refused = await rest('POST', '/api/announcements', {
      token: chief,
      body: { tenant: own, title: 'Thông báo kèm tệp xã khác', attachments: [ownImage, otherImage] },
    })
    expect(refused.status).toBe(400)
    expect(errorText(refused.body)).toContain(REFUSAL)
    const gql = await graphql(
      `mutation { createAnnouncement(data: { tenant: ${own}, title: "GraphQL tệp xã khác", attachments: [${ownImage}, ${otherImage}] }) { id } }`,
      chief,
    )
    expect(gql.body.errors?.length, errorText(gql.body)).toBeGreaterThan(0)
    const taken = await rest('POST', '/api/announcements', {
      token: chief,
      body: { tenant: own, title: 'Thông báo kèm tệp của xã', attachments: [ownImage] },
    })
    expect(taken.status, errorText(taken.body).slice(0, 300)).toBe(201)
    announcements.push(taken.body.doc.id)
  })
})

describe('the other commune’s board', () => {
  it('cannot use the first commune’s picture either', async () => {
    const otherChief = (await loginAs('chief', OTHER)).token
    const refused = await rest('POST', '/api/posts', {
      token: otherChief,
      body: { tenant: other, title: 'Bài mượn ảnh', coverImage: ownImage },
    })
    expect(refused.status).toBe(400)
    expect(errorText(refused.body)).toContain(REFUSAL)
  })
})
