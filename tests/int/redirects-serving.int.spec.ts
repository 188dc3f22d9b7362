import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { graphql, rest } from '../support/api'
import { setUpActors } from '../support/actors'
import { type HostReply, hostGet } from '../support/host-request'
import type { Actor } from '../support/roles'
import { sharedPayload, waitFor } from '../support/shared-payload'

/**
 * Issue 13: the old sites of communes merged away answer 301 to their successor's site, page for
 * page where the reorganisation wrote the path, else to the home page; a unit split between
 * successors shows a page listing them. The rows are written through the Local API in this
 * process (as the reorganisation does), the server picks them up on its own. A seeded commune
 * (Phường Bình Khánh) is merged into Phường Mỹ Bình for the file and restored in afterAll.
 */
const SUCCESSOR = 'my-binh'
const OLD = 'binh-khanh'
const OTHERS = ['binh-duc', 'my-hoa-hung']
const LIVE_NEIGHBOUR = 'my-long'
const OLD_DOMAIN = 'binhkhanh-cu.angiang.gov.vn'
const RUN = Date.now().toString(36)
const SPLIT_SLUG = `my-khanh-cu-${RUN}`
const CHAIN_SLUG = `xa-cu-chuoi-${RUN}`

type Commune = { id: number; slug: string; name: string; status: string; domains?: { domain: string }[] | null }

let payload: Payload
const communes = new Map<string, Commune>()
const rowIds: number[] = []
let oldBefore: { status: string; mergedInto: number | null } | null = null
let article = ''

const host = (slug: string) => `${slug}.localhost`
/** Where a live commune's site is, as the server computes it (contract/site-urls.ts). */
const home = (slug: string) => {
  const c = communes.get(slug)!
  const domain = c.domains?.[0]?.domain
  return domain ? `https://${domain}/` : `http://${slug}.localhost:${inject('port')}/`
}
const communeId = (slug: string) => communes.get(slug)!.id

const addRow = async (data: Record<string, unknown>) => {
  const row = await payload.create({ collection: 'redirects', overrideAccess: true, data: data as never })
  rowIds.push(row.id)
  return row
}
const removeRow = async (id: number) => {
  await payload.delete({ collection: 'redirects', id, overrideAccess: true })
  rowIds.splice(rowIds.indexOf(id), 1)
}

/**
 * Waits until the server answers `path` on `hostname` with `status` and, when given, `location`
 * as Location or a body containing `text`.
 */
const answered = (
  hostname: string,
  path: string,
  status: number,
  { location, text }: { location?: string; text?: string } = {},
): Promise<HostReply> =>
  waitFor(
    `${hostname}${path} to answer ${status} ${location ?? text ?? ''}`,
    async () => {
      const reply = await hostGet(hostname, path)
      const ok =
        reply.status === status &&
        (location === undefined || reply.headers.location === location) &&
        (text === undefined || reply.body.includes(text))
      return ok ? reply : null
    },
    15_000,
  )

/** Follows a Location to the server (its host and path), as a browser would. */
const follow = (location: string) => {
  const url = new URL(location)
  return hostGet(url.hostname, url.pathname)
}

beforeAll(async () => {
  payload = await sharedPayload()
  const found = await payload.find({
    collection: 'communes',
    where: { slug: { in: [SUCCESSOR, OLD, LIVE_NEIGHBOUR, ...OTHERS] } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const c of found.docs) communes.set(c.slug!, c as unknown as Commune)
  for (const slug of [SUCCESSOR, OLD, LIVE_NEIGHBOUR, ...OTHERS]) expect(communes.get(slug)?.status, slug).toBe('live')
  const old = found.docs.find((c) => c.slug === OLD)!
  oldBefore = {
    status: old.status ?? 'live',
    mergedInto: typeof old.mergedInto === 'object' ? (old.mergedInto?.id ?? null) : (old.mergedInto ?? null),
  }
  const post = (
    await payload.find({
      collection: 'posts',
      where: { and: [{ tenant: { equals: communeId(SUCCESSOR) } }, { _status: { equals: 'published' } }] },
      sort: '-publishedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  expect(post?.slug).toBeTruthy()
  article = `/tin-tuc/bai/${post!.slug}/`
  expect((await hostGet(host(SUCCESSOR), article)).status).toBe(200)
})

afterAll(async () => {
  for (const id of [...rowIds]) await removeRow(id).catch(() => undefined)
  if (oldBefore)
    await payload.update({
      collection: 'communes',
      id: communeId(OLD),
      overrideAccess: true,
      context: { skipSiteBuild: true },
      data: { status: oldBefore.status as 'live', mergedInto: oldBefore.mergedInto },
    })
  // The next file finds the province as seeded: the old host serves its own site again.
  if (oldBefore) {
    const directory = (await hostGet('khong-co-xa-nay.localhost', '/')).body
    await waitFor(
      `${OLD}'s own site again`,
      async () => {
        const reply = await hostGet(host(OLD), '/')
        return reply.status === 200 && reply.body !== directory && reply.body.includes('Phường Bình Khánh')
      },
      15_000,
    )
  }
  await payload?.destroy().catch(() => undefined)
})

describe('old sites of merged communes', () => {
  it('leaves an unknown host as it was', async () => {
    const directory = await hostGet('khong-co-xa-nay.localhost', '/')
    expect(directory.status).toBe(200)
    expect(directory.body).toContain(home(SUCCESSOR))
    expect(directory.headers.location).toBeUndefined()
  })

  it('sends a merged commune’s old host and old domain to its successor, page for page, from a row written a moment ago', async () => {
    await payload.update({
      collection: 'communes',
      id: communeId(OLD),
      overrideAccess: true,
      context: { skipSiteBuild: true },
      data: { status: 'merged', mergedInto: communeId(SUCCESSOR) },
    })
    await addRow({
      fromName: 'Phường Bình Khánh',
      fromCode: '30292',
      fromSlug: OLD,
      fromDomains: [{ domain: OLD_DOMAIN }],
      to: communeId(SUCCESSOR),
      kind: 'merged',
      paths: {
        '/tin-tuc/bai/le-hoi-nghinh-ong/': article,
        '/gioi-thieu/lich-su': '/gioi-thieu/lich-su-binh-khanh/',
        '/van-ban/qd-12.pdf': '/van-ban/qd-12-binh-khanh.pdf',
      },
    })
    // The home page, and any page the reorganisation did not map, go to the successor's home page.
    const root = await answered(host(OLD), '/', 301, { location: home(SUCCESSOR) })
    expect(root.headers['cache-control']).toBe('public, max-age=86400')
    expect(String(root.headers['content-security-policy'])).toContain("default-src 'self'")
    expect(root.headers['x-content-type-options']).toBe('nosniff')
    expect(root.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect((await hostGet(host(OLD), '/khong-co-trang-nay/')).headers.location).toBe(home(SUCCESSOR))
    expect((await hostGet(host(OLD), '/tin-tuc/?trang=2')).headers.location).toBe(home(SUCCESSOR))
    expect((await hostGet(host(OLD), '/tin-tuc/?trang=2')).status).toBe(301)
    // A mapped page lands on the same item, however the old address was written; no query string.
    for (const p of [
      '/tin-tuc/bai/le-hoi-nghinh-ong/',
      '/tin-tuc/bai/le-hoi-nghinh-ong',
      '/tin-tuc/bai/le-hoi-nghinh-ong/index.html',
      '/tin-tuc/bai/le-hoi-nghinh-ong/?utm_source=zalo',
      '/tin-tuc//bai/le-hoi-nghinh-ong/',
    ]) {
      const reply = await hostGet(host(OLD), p)
      expect(reply.status, p).toBe(301)
      expect(reply.headers.location, p).toBe(`${home(SUCCESSOR)}${article.slice(1)}`)
    }
    expect((await follow(`${home(SUCCESSOR)}${article.slice(1)}`)).status).toBe(200)
    expect((await hostGet(host(OLD), '/gioi-thieu/lich-su/')).headers.location).toBe(
      `${home(SUCCESSOR)}gioi-thieu/lich-su-binh-khanh/`,
    )
    expect((await hostGet(host(OLD), '/van-ban/qd-12.pdf')).headers.location).toBe(
      `${home(SUCCESSOR)}van-ban/qd-12-binh-khanh.pdf`,
    )
    // HEAD too; other methods are refused as on the sites.
    expect((await hostGet(host(OLD), '/', {}, 'HEAD')).status).toBe(301)
    expect((await hostGet(host(OLD), '/', {}, 'POST')).status).toBe(405)
    // The old domain, in any letter case.
    for (const domain of [OLD_DOMAIN, OLD_DOMAIN.toUpperCase()]) {
      const reply = await hostGet(domain, '/tin-tuc/bai/le-hoi-nghinh-ong/')
      expect(reply.status, domain).toBe(301)
      expect(reply.headers.location, domain).toBe(`${home(SUCCESSOR)}${article.slice(1)}`)
      expect((await hostGet(domain, '/')).headers.location).toBe(home(SUCCESSOR))
    }
    // The admin and the API stay on every host, old ones included.
    expect((await hostGet(host(OLD), '/api/communes?limit=1')).status).toBe(200)
  })
})

describe('a successor merged again later', () => {
  it('is followed, and given up on when it leads nowhere live', async () => {
    const chain = await addRow({
      fromName: 'Xã Cũ Thử Chuỗi',
      fromCode: '99901',
      fromSlug: CHAIN_SLUG,
      to: communeId(OLD),
      kind: 'merged',
      paths: { '/tin-tuc/bai/cu/': '/tin-tuc/bai/le-hoi-nghinh-ong/' },
    })
    await answered(host(CHAIN_SLUG), '/', 301, { location: home(SUCCESSOR) })
    // Each hop's map in turn: old → Bình Khánh's path → Mỹ Bình's article.
    expect((await hostGet(host(CHAIN_SLUG), '/tin-tuc/bai/cu/')).headers.location).toBe(
      `${home(SUCCESSOR)}${article.slice(1)}`,
    )
    // A path the second hop does not know goes to the home page.
    await payload.update({
      collection: 'redirects',
      id: chain.id,
      overrideAccess: true,
      data: { paths: { '/tin-tuc/bai/cu/': '/tin-tuc/bai/khong-co/' } },
    })
    await answered(host(CHAIN_SLUG), '/tin-tuc/bai/cu/', 301, { location: home(SUCCESSOR) })

    // Bình Khánh loses both its row and its successor: the chain leads nowhere live, and the old
    // host is served as any unknown host (the directory on `/`).
    const oldRow = (
      await payload.find({ collection: 'redirects', where: { fromSlug: { equals: OLD } }, overrideAccess: true })
    ).docs[0]!
    await removeRow(oldRow.id)
    await payload.update({
      collection: 'communes',
      id: communeId(OLD),
      overrideAccess: true,
      context: { skipSiteBuild: true },
      data: { mergedInto: null },
    })
    const unknown = await hostGet('khong-co-xa-nay.localhost', '/')
    const gone = await answered(host(CHAIN_SLUG), '/', unknown.status)
    expect(gone.headers.location).toBeUndefined()
    expect(gone.body).toBe(unknown.body)
    expect((await hostGet(host(OLD), '/')).status).toBe(unknown.status)
    const deep = await hostGet('khong-co-xa-nay.localhost', '/tin-tuc/')
    expect((await hostGet(host(CHAIN_SLUG), '/tin-tuc/')).status).toBe(deep.status)
  })
})

describe('a unit split between successors', () => {
  it('answers its home page with the list of its successors, and its mapped pages with 301', async () => {
    await addRow({
      fromName: 'Xã Mỹ Khánh',
      fromCode: '30310',
      fromSlug: SPLIT_SLUG,
      to: communeId(SUCCESSOR),
      alsoTo: OTHERS.map(communeId),
      kind: 'split',
      paths: { '/tin-tuc/bai/mua-nuoc-noi/': article },
    })
    const page = await answered(host(SPLIT_SLUG), '/', 200, { text: 'Xã Mỹ Khánh đã được chia tách' })
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['cache-control']).toMatch(/^public, max-age=\d+$/)
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'")
    expect(page.body).toMatch(/<html lang="vi">/)
    expect(page.body).toBe(page.body.normalize('NFC'))
    expect(page.body).toContain('Xã Mỹ Khánh đã được chia tách')
    expect(page.body).toContain('01/07/2025')
    for (const slug of [SUCCESSOR, ...OTHERS])
      expect(page.body).toContain(`<a href="${home(slug)}">${communes.get(slug)!.name}</a>`)
    // No external resource: nothing loaded, only links.
    expect(page.body).not.toMatch(/<script|<link|<img|src=|url\(/i)
    // A mapped page goes to the item on the successor that took the content.
    const mapped = await hostGet(host(SPLIT_SLUG), '/tin-tuc/bai/mua-nuoc-noi')
    expect(mapped.status).toBe(301)
    expect(mapped.headers.location).toBe(`${home(SUCCESSOR)}${article.slice(1)}`)
    // Any other page shows the same list.
    const other = await hostGet(host(SPLIT_SLUG), '/thu-tuc-hanh-chinh/')
    expect(other.status).toBe(200)
    expect(other.body).toBe(page.body)
    expect((await hostGet(host(SPLIT_SLUG), '/', {}, 'HEAD')).body).toBe('')
  })
})

describe('a live commune', () => {
  it('keeps its own host, even when a redirect row names it', async () => {
    await addRow({
      fromName: 'Phường Mỹ Long',
      fromCode: '30283',
      fromSlug: LIVE_NEIGHBOUR,
      to: communeId(SUCCESSOR),
      kind: 'renamed',
    })
    // Written after the row, so the server has read the row by the time it answers this one.
    await addRow({ fromName: 'Xã Dấu', fromCode: '99902', fromSlug: `xa-dau-${RUN}`, to: communeId(SUCCESSOR) })
    await answered(host(`xa-dau-${RUN}`), '/', 301, { location: home(SUCCESSOR) })
    const own = await hostGet(host(LIVE_NEIGHBOUR), '/')
    expect(own.status).toBe(200)
    expect(own.body).toContain('Phường Mỹ Long')
  })
})

describe('the redirects collection: who may do what', () => {
  const ACTORS: Actor[] = ['anonymous', 'district-viewer', 'chief', 'editor', 'contributor']
  let adminToken = ''
  let tokens = new Map<Actor, string | undefined>()
  const created: number[] = []

  beforeAll(async () => {
    ;({ adminToken, tokens } = await setUpActors(SUCCESSOR, 'chau-phu-a'))
  }, 120_000)

  afterAll(async () => {
    for (const id of created) await rest('DELETE', `/api/redirects/${id}`, { token: adminToken })
  })

  const body = (slug: string) => ({
    fromName: 'Xã Thử Quyền',
    fromCode: '99903',
    fromSlug: slug,
    to: communeId(SUCCESSOR),
    kind: 'merged',
    paths: { '/a/': '/b/' },
  })

  it('is read and written by the province admin only (REST)', async () => {
    const made = await rest('POST', '/api/redirects', { token: adminToken, body: body(`xa-quyen-${RUN}`) })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const id = made.body.doc.id as number
    created.push(id)
    expect((await rest('GET', `/api/redirects/${id}`, { token: adminToken })).body.fromSlug).toBe(`xa-quyen-${RUN}`)
    expect((await rest('GET', '/api/redirects?limit=5', { token: adminToken })).body.totalDocs).toBeGreaterThan(0)
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const list = await rest('GET', '/api/redirects?limit=5', { token })
      expect(list.status, `${actor} lists`).toBe(403)
      expect(list.body?.docs, `${actor} lists`).toBeUndefined()
      const one = await rest('GET', `/api/redirects/${id}`, { token })
      expect([403, 404], `${actor} reads`).toContain(one.status)
      expect(one.body?.fromSlug, `${actor} reads`).toBeUndefined()
      const create = await rest('POST', '/api/redirects', { token, body: body(`xa-quyen-${actor}-${RUN}`) })
      expect(create.status, `${actor} creates`).toBe(403)
      const update = await rest('PATCH', `/api/redirects/${id}`, { token, body: { fromName: 'Đổi' } })
      expect([403, 404], `${actor} updates`).toContain(update.status)
      const remove = await rest('DELETE', `/api/redirects/${id}`, { token })
      expect([403, 404], `${actor} deletes`).toContain(remove.status)
    }
    const kept = await rest('GET', `/api/redirects/${id}`, { token: adminToken })
    expect(kept.body.fromName).toBe('Xã Thử Quyền')
    const updated = await rest('PATCH', `/api/redirects/${id}`, { token: adminToken, body: { fromName: 'Xã Đổi Tên' } })
    expect(updated.status).toBe(200)
    expect((await rest('DELETE', `/api/redirects/${id}`, { token: adminToken })).status).toBe(200)
    created.splice(created.indexOf(id), 1)
    expect((await rest('GET', `/api/redirects/${id}`, { token: adminToken })).status).toBe(404)
  })

  it('is read and written by the province admin only (GraphQL)', async () => {
    const create = (slug: string) =>
      `mutation { createRedirect(data: { fromName: "Xã Thử GraphQL", fromCode: "99904", fromSlug: "${slug}", to: ${communeId(SUCCESSOR)}, kind: merged }) { id fromSlug } }`
    const made = await graphql(create(`xa-gql-${RUN}`), adminToken)
    expect(made.body.errors, JSON.stringify(made.body)).toBeUndefined()
    const id = made.body.data.createRedirect.id as number
    created.push(id)
    const list = await graphql('{ Redirects(limit: 5) { totalDocs docs { id fromSlug } } }', adminToken)
    expect(list.body.data.Redirects.totalDocs).toBeGreaterThan(0)
    expect((await graphql(`{ Redirect(id: ${id}) { fromSlug } }`, adminToken)).body.data.Redirect.fromSlug).toBe(
      `xa-gql-${RUN}`,
    )
    for (const actor of ACTORS) {
      const token = tokens.get(actor)
      const many = await graphql('{ Redirects(limit: 5) { totalDocs docs { id fromSlug } } }', token)
      expect(many.body.errors?.length, `${actor} lists`).toBeGreaterThan(0)
      expect(many.body.data?.Redirects?.docs, `${actor} lists`).toBeFalsy()
      const one = await graphql(`{ Redirect(id: ${id}) { fromSlug } }`, token)
      expect(one.body.data?.Redirect?.fromSlug, `${actor} reads`).toBeUndefined()
      const made = await graphql(create(`xa-gql-${actor}-${RUN}`), token)
      expect(made.body.errors?.length, `${actor} creates`).toBeGreaterThan(0)
      expect(made.body.data?.createRedirect, `${actor} creates`).toBeFalsy()
      const update = await graphql(`mutation { updateRedirect(id: ${id}, data: { fromName: "Đổi" }) { id } }`, token)
      expect(update.body.errors?.length, `${actor} updates`).toBeGreaterThan(0)
      const remove = await graphql(`mutation { deleteRedirect(id: ${id}) { id } }`, token)
      expect(remove.body.errors?.length, `${actor} deletes`).toBeGreaterThan(0)
    }
    const kept = await graphql(`{ Redirect(id: ${id}) { fromName } }`, adminToken)
    expect(kept.body.data.Redirect.fromName).toBe('Xã Thử GraphQL')
    const update = await graphql(
      `mutation { updateRedirect(id: ${id}, data: { fromName: "Xã Đổi Tên" }) { fromName } }`,
      adminToken,
    )
    expect(update.body.data.updateRedirect.fromName).toBe('Xã Đổi Tên')
    const remove = await graphql(`mutation { deleteRedirect(id: ${id}) { id } }`, adminToken)
    expect(remove.body.data.deleteRedirect.id).toBe(id)
    created.splice(created.indexOf(id), 1)
  })
})
