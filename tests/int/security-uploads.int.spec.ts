import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { graphql, loginAs, rest, type Reply } from '../support/api'
import { activeContentFiles, ordinaryFiles } from '../support/active-content-fixtures'

/**
 * Active content in allowed upload types (issue 9, item 10), through the real server as each
 * role that may upload: every class is refused with a Vietnamese message naming the field and
 * what was found, and leaves neither a file in DATA_DIR/media nor a document. Uploads only
 * exist over REST (multipart); GraphQL cannot carry a file, nor create one from a URL.
 */
const COMMUNE = 'my-binh'
const ROLES = ['chief', 'editor', 'contributor'] as const
const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

let tenant = 0
const tokens = new Map<string, string>()
let adminToken = ''

beforeAll(async () => {
  adminToken = (await loginAs('province-admin')).token
  for (const role of ROLES) tokens.set(role, (await loginAs(role, COMMUNE)).token)
  tenant = (await rest('GET', `/api/communes?where[slug][equals]=${COMMUNE}&depth=0`, { token: adminToken })).body
    .docs[0].id
})

const mediaFiles = (): string[] => {
  const dir = path.join(inject('dataDir'), 'media')
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
}
const upload = (data: Buffer, name: string, fields: Record<string, unknown>, token: string): Promise<Reply> => {
  const form = new FormData()
  const type = MIME[name.split('.').pop()!] ?? 'application/octet-stream'
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return rest('POST', '/api/media', { token, body: form })
}
const fieldErrors = (reply: Reply): { path: string; message: string }[] =>
  (reply.body?.errors ?? []).flatMap(
    (e: { data?: { errors?: { path: string; message: string }[] } }) => e.data?.errors ?? [],
  )
const countByCaption = async (caption: string): Promise<number> =>
  (
    await rest('GET', `/api/media?where[caption][equals]=${encodeURIComponent(caption)}&depth=0&limit=0`, {
      token: adminToken,
    })
  ).body.totalDocs

let counter = 0
const caption = (label: string) => `kiểm tra ${label} ${Date.now().toString(36)}-${++counter}`

describe.each(ROLES)('uploads with active content, as the %s of my-binh', (role) => {
  it.each(activeContentFiles())(
    '$title → 400 in Vietnamese naming the file field, nothing stored',
    async ({ data, name, says }) => {
      const before = mediaFiles()
      const label = caption(name)
      const reply = await upload(data, name, { caption: label, tenant }, tokens.get(role)!)
      const body = JSON.stringify(reply.body).slice(0, 600)
      expect(reply.status, body).toBe(400)
      const errors = fieldErrors(reply)
      expect(
        errors.map((e) => e.path),
        body,
      ).toEqual(['file'])
      expect(errors[0]!.message.startsWith('Tệp tải lên: '), errors[0]!.message).toBe(true)
      expect(errors[0]!.message).toMatch(VIETNAMESE)
      expect(errors[0]!.message).toMatch(says)
      expect(JSON.stringify(reply.body)).not.toMatch(/\b(contains|invalid|not allowed|cannot)\b/i)
      expect(mediaFiles()).toEqual(before)
      expect(await countByCaption(label)).toBe(0)
    },
  )
})

describe('ordinary documents are still accepted', () => {
  it.each(ordinaryFiles())('$name, as the contributor of my-binh', async ({ name, data }) => {
    const reply = await upload(data, name, { caption: caption(name), tenant }, tokens.get('contributor')!)
    expect(reply.status, JSON.stringify(reply.body).slice(0, 400)).toBe(201)
    const doc = reply.body.doc as { id: number; filename: string }
    expect(mediaFiles()).toContain(doc.filename)
    expect((await rest('DELETE', `/api/media/${doc.id}`, { token: adminToken })).status).toBe(200)
    expect(mediaFiles()).not.toContain(doc.filename)
  })
})

describe('no way around the check', () => {
  it.each(ROLES)(
    'GraphQL createMedia without a file (or with a URL to fetch) stores nothing, as the %s',
    async (role) => {
      const before = mediaFiles()
      const label = caption('graphql')
      const reply = await graphql(
        `mutation($data: mutationMediaInput!) { createMedia(data: $data) { id filename } }`,
        tokens.get(role)!,
        {
          data: {
            caption: label,
            tenant,
            filename: 'bieu-mau.pdf',
            url: 'https://example.invalid/bieu-mau.pdf',
            focalX: 10,
            focalY: 10,
          },
        },
      )
      expect(reply.body.data?.createMedia ?? null, JSON.stringify(reply.body).slice(0, 400)).toBeNull()
      expect(reply.body.errors?.length).toBeGreaterThan(0)
      expect(mediaFiles()).toEqual(before)
      expect(await countByCaption(label)).toBe(0)
    },
  )

  it.each(ROLES)('REST JSON create from a URL stores nothing, as the %s', async (role) => {
    const before = mediaFiles()
    const label = caption('url')
    // A crop asked in the query makes Payload fetch `url` (or copy a stored file) when nothing is refused first.
    for (const url of [
      'https://example.invalid/bieu-mau.pdf',
      `/api/media/file/${before.find((f) => f.endsWith('.pdf')) ?? 'x.pdf'}`,
    ]) {
      const reply = await rest(
        'POST',
        '/api/media?uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=10&uploadEdits[crop][height]=10',
        {
          token: tokens.get(role)!,
          body: { caption: label, tenant, filename: url.split('/').pop(), url },
        },
      )
      expect(reply.status, JSON.stringify(reply.body).slice(0, 400)).toBe(400)
      expect(fieldErrors(reply)[0]?.message).toMatch(/^Tệp tải lên: /)
    }
    expect(mediaFiles()).toEqual(before)
    expect(await countByCaption(label)).toBe(0)
  })
})
