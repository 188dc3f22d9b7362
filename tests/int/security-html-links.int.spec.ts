import crypto from 'node:crypto'
import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isSafeLinkUrl } from '../../contract/link-url'
import { PROSE_TAGS } from '../../sites/sanitize-html'
import { graphql, loginAs, rest, type Reply } from '../support/api'
import { hostGet } from '../support/host-request'
import { sharedPayload, waitFor } from '../support/shared-payload'

/**
 * Issue 9, items 2 and 15: HTML and links that reach the sites.
 *
 * - Every URL field (menus, sub-menus, footer links, the province's template menu, procedures'
 *   portal links, links inside rich text) refuses javascript:, data:, vbscript:,
 *   protocol-relative and obfuscated addresses, through REST and GraphQL, for every role that
 *   may write the field, with a Vietnamese message naming the field; nothing is stored.
 * - Rich text with crafted Lexical attributes (the table cell header state that let a post
 *   cover the page) is published for real, the commune's site is built by the server's worker,
 *   and the built page carries no active content while the formatting survives.
 * - Bad links already in the database (written around the API) never reach the site.
 */

const COMMUNE = 'my-binh'
const RUN = Date.now().toString(36)
const RULE = 'chỉ chấp nhận địa chỉ http(s), mailto:, tel: hoặc đường dẫn bắt đầu bằng / (hoặc #).'
const HTTPS_RULE = 'cần một địa chỉ https:// hợp lệ.'

const BAD_URLS = [
  'javascript:alert(1)',
  ' jAvAsCrIpT:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/',
  '/\\evil.example',
  'javascript\u200b:alert(1)',
]
/** Rich text and the template take the shorter list: same rule, slower requests. */
const SOME_BAD_URLS = [BAD_URLS[0]!, BAD_URLS[2]!, BAD_URLS[5]!, BAD_URLS[7]!]
const GOOD_URLS = [
  'https://angiang.gov.vn/',
  'http://dichvucong.gov.vn/',
  'mailto:ubnd@angiang.gov.vn',
  'tel:+842963852000',
  '/lien-he/',
  '#noi-dung',
]

type Door = 'REST' | 'GraphQL'
const DOORS: Door[] = ['REST', 'GraphQL']

let payload: Payload
let communeId: number
let settingsId: number
let originalSettings: { mainMenu: unknown[]; footer: Record<string, unknown> }
let categoryId: number
const tokens: Record<string, string> = {}

/** The field errors of a refused write, whichever door it came through. */
const fieldErrors = (door: Door, reply: Reply): { path: string; message: string }[] => {
  if (door === 'REST') {
    expect(reply.status, JSON.stringify(reply.body).slice(0, 400)).toBe(400)
    return reply.body.errors?.[0]?.data?.errors ?? []
  }
  const error = reply.body.errors?.[0]
  expect(error?.extensions?.statusCode, JSON.stringify(reply.body).slice(0, 400)).toBe(400)
  expect(Object.values(reply.body.data ?? {}).every((v) => v === null)).toBe(true)
  return error.extensions.data?.errors ?? []
}

const expectRefused = (door: Door, reply: Reply, path: string, message: string) => {
  const errors = fieldErrors(door, reply)
  expect(errors, JSON.stringify(reply.body).slice(0, 400)).toContainEqual(expect.objectContaining({ path, message }))
}

const expectAccepted = (door: Door, reply: Reply) => {
  const body = JSON.stringify(reply.body).slice(0, 400)
  if (door === 'REST') expect([200, 201], body).toContain(reply.status)
  else expect(reply.body.errors, body).toBeUndefined()
}

const readSettings = async () =>
  (await rest('GET', `/api/site-settings/${settingsId}?depth=0`, { token: tokens['province-admin'] })).body

const updateSettings = (door: Door, token: string, data: Record<string, unknown>) =>
  door === 'REST'
    ? rest('PATCH', `/api/site-settings/${settingsId}`, { token, body: data })
    : graphql(
        'mutation($data: mutationSiteSettingUpdateInput!) { updateSiteSetting(id: ' +
          settingsId +
          ', data: $data) { id } }',
        token,
        { data },
      )

/** Array rows written straight to the database need the id Payload would give them. */
const rowId = () => crypto.randomBytes(12).toString('hex')

const allUrls = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(allUrls)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => (k === 'url' && typeof v === 'string' ? [v] : allUrls(v)))
      : []

beforeAll(async () => {
  payload = await sharedPayload()
  for (const role of ['province-admin', 'chief', 'editor', 'contributor'])
    tokens[role] = (await loginAs(role, role === 'province-admin' ? undefined : COMMUNE)).token
  const commune = (
    await rest('GET', `/api/communes?where[slug][equals]=${COMMUNE}&depth=0`, { token: tokens['province-admin'] })
  ).body.docs[0]
  communeId = commune.id
  const settings = (
    await rest('GET', `/api/site-settings?where[tenant][equals]=${communeId}&depth=0`, {
      token: tokens['province-admin'],
    })
  ).body.docs[0]
  settingsId = settings.id
  originalSettings = { mainMenu: settings.mainMenu, footer: settings.footer }
  categoryId = (
    await rest('GET', `/api/categories?where[tenant][equals]=${communeId}&limit=1&depth=0`, { token: tokens.chief })
  ).body.docs[0].id
}, 120_000)

afterAll(async () => {
  // Put back what the tests changed, around the API where the API would refuse the bad rows.
  if (payload && settingsId) {
    await payload.db.updateOne({
      collection: 'site-settings',
      id: settingsId,
      data: { mainMenu: originalSettings.mainMenu, footer: originalSettings.footer },
    })
  }
  for (const [collection, id] of cleanup.reverse())
    await rest('DELETE', `/api/${collection}/${id}`, { token: tokens['province-admin'] })
  await payload?.destroy()
}, 120_000)
const cleanup: [string, number][] = []

// ---------------------------------------------------------------------------------------------
// Refusals: every URL field, every door, every role that may write it
// ---------------------------------------------------------------------------------------------

describe('site settings: menus and footer refuse unsafe addresses', () => {
  const targets = [
    {
      name: 'main menu',
      path: 'mainMenu.0.url',
      message: `Liên kết (Menu chính): ${RULE}`,
      data: (url: string) => ({ mainMenu: [{ label: 'Mục thử', url, children: [] }] }),
    },
    {
      name: 'sub-menu',
      path: 'mainMenu.0.children.0.url',
      message: `Liên kết (Menu con): ${RULE}`,
      data: (url: string) => ({
        mainMenu: [{ label: 'Mục thử', url: '/tin-tuc/', children: [{ label: 'Mục con', url }] }],
      }),
    },
    {
      name: 'footer link',
      path: 'footer.links.0.url',
      message: `Liên kết (Chân trang): ${RULE}`,
      data: (url: string) => ({ footer: { links: [{ label: 'Liên kết thử', url }] } }),
    },
  ]
  const cases = (['chief', 'province-admin'] as const).flatMap((role) =>
    DOORS.flatMap((door) => targets.map((target) => ({ role, door, ...target }))),
  )

  it.each(cases)('$role via $door: $name', async ({ role, door, path, message, data }) => {
    for (const url of BAD_URLS) {
      const reply = await updateSettings(door, tokens[role]!, data(url))
      expectRefused(door, reply, path, message)
    }
    const stored = allUrls(await readSettings())
    for (const url of BAD_URLS) expect(stored).not.toContain(url)
  })

  it.each(DOORS)('safe addresses are still accepted via %s (http(s), mailto:, tel:, /path, #anchor)', async (door) => {
    try {
      const reply = await updateSettings(door, tokens.chief!, {
        footer: { ...originalSettings.footer, links: GOOD_URLS.map((url, i) => ({ label: `Liên kết ${i}`, url })) },
      })
      expectAccepted(door, reply)
      expect(allUrls((await readSettings()).footer)).toEqual(GOOD_URLS)
    } finally {
      expect(
        (
          await rest('PATCH', `/api/site-settings/${settingsId}`, {
            token: tokens['province-admin'],
            body: { footer: originalSettings.footer },
          })
        ).status,
      ).toBe(200)
    }
  })

  it('roles that may not write the settings are refused before any rule (editor, contributor)', async () => {
    for (const role of ['editor', 'contributor']) {
      expect(
        (await updateSettings('REST', tokens[role]!, { footer: { links: [{ label: 'x', url: '/' }] } })).status,
      ).toBe(403)
    }
  })
})

describe('the province’s template for new communes refuses unsafe menu addresses', () => {
  it.each(DOORS)('province admin via %s', async (door) => {
    const before = (await rest('GET', '/api/globals/commune-template?depth=0', { token: tokens['province-admin'] }))
      .body
    for (const url of SOME_BAD_URLS) {
      const data = { siteTitle: before.siteTitle, mainMenu: [{ label: 'Mục thử', url, children: [] }] }
      const reply =
        door === 'REST'
          ? await rest('POST', '/api/globals/commune-template', { token: tokens['province-admin'], body: data })
          : await graphql(
              'mutation($data: mutationCommuneTemplateInput!) { updateCommuneTemplate(data: $data) { updatedAt } }',
              tokens['province-admin'],
              { data },
            )
      expectRefused(door, reply, 'mainMenu.0.url', `Liên kết (Menu chính): ${RULE}`)
    }
    const after = (await rest('GET', '/api/globals/commune-template?depth=0', { token: tokens['province-admin'] })).body
    expect(allUrls(after.mainMenu)).toEqual(allUrls(before.mainMenu))
  })
})

describe('procedures: the national portal link takes https only', () => {
  const cases = (['chief', 'editor', 'province-admin'] as const).flatMap((role) =>
    DOORS.map((door) => ({ role, door })),
  )
  it.each(cases)('$role via $door', async ({ role, door }) => {
    const name = `Thủ tục thử liên kết ${RUN} ${role} ${door}`
    for (const url of [...BAD_URLS, 'http://dichvucong.gov.vn/', '/thu-tuc/', 'mailto:a@angiang.gov.vn']) {
      const data = { tenant: communeId, name, nationalPortalUrl: url }
      const reply =
        door === 'REST'
          ? await rest('POST', '/api/procedures', { token: tokens[role], body: data })
          : await graphql(
              'mutation($data: mutationProcedureInput!) { createProcedure(data: $data) { id } }',
              tokens[role],
              { data },
            )
      expectRefused(door, reply, 'nationalPortalUrl', `Liên kết Cổng Dịch vụ công quốc gia: ${HTTPS_RULE}`)
    }
    const stored = await rest('GET', `/api/procedures?where[name][equals]=${encodeURIComponent(name)}&depth=0`, {
      token: tokens['province-admin'],
    })
    expect(stored.body.totalDocs).toBe(0)
  })
})

// ---------------------------------------------------------------------------------------------
// Rich text
// ---------------------------------------------------------------------------------------------

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (children: unknown[], extra: object = {}) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children,
  ...extra,
})
const lexical = (children: unknown[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})
const link = (url: string, label: string, newTab = false) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'custom', url, newTab },
  children: [text(label)],
})
const cell = (content: string, extra: object = {}) => ({
  type: 'tablecell',
  headerState: 0,
  colSpan: 1,
  rowSpan: 1,
  version: 1,
  children: [paragraph([text(content)])],
  ...extra,
})

const createPost = (door: Door, token: string, data: Record<string, unknown>, draft = false) =>
  door === 'REST'
    ? rest('POST', `/api/posts${draft ? '?draft=true' : ''}`, { token, body: data })
    : graphql(
        `mutation($data: mutationPostInput!) { createPost(data: $data${draft ? ', draft: true' : ''}) { id slug } }`,
        token,
        { data },
      )

describe('rich text: links inside content follow the same rule when published', () => {
  const cases = (['chief', 'province-admin'] as const).flatMap((role) => DOORS.map((door) => ({ role, door })))
  it.each(cases)('$role via $door', async ({ role, door }) => {
    const title = `Bài thử liên kết ${RUN} ${role} ${door}`
    for (const url of SOME_BAD_URLS) {
      const content = lexical([paragraph([text('Xem '), link(url, 'tại đây')])])
      const reply = await createPost(door, tokens[role]!, {
        tenant: communeId,
        title,
        categories: [categoryId],
        excerpt: 'Thử.',
        content,
        _status: 'published',
      })
      expectRefused(door, reply, 'content', `Nội dung (liên kết «tại đây»): ${RULE}`)
    }
    expect(
      (
        await rest('GET', `/api/posts?where[title][equals]=${encodeURIComponent(title)}&depth=0`, {
          token: tokens['province-admin'],
        })
      ).body.totalDocs,
    ).toBe(0)
  })

  // Drafts skip Payload's validation; the rule still holds for them (every role that drafts).
  const draftCases = (['chief', 'editor', 'contributor'] as const).flatMap((role) =>
    DOORS.map((door) => ({ role, door })),
  )
  it.each(draftCases)('drafts too: $role via $door', async ({ role, door }) => {
    const title = `Nháp thử liên kết ${RUN} ${role} ${door}`
    for (const url of SOME_BAD_URLS) {
      const content = lexical([paragraph([text('Xem '), link(url, 'tại đây')])])
      const reply = await createPost(
        door,
        tokens[role]!,
        { tenant: communeId, title, categories: [categoryId], excerpt: 'Thử.', content },
        true,
      )
      expectRefused(door, reply, 'content', `Nội dung (liên kết «tại đây»): ${RULE}`)
    }
    expect(
      (
        await rest('GET', `/api/posts?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=0`, {
          token: tokens['province-admin'],
        })
      ).body.totalDocs,
    ).toBe(0)
  })

  it('a draft with safe links is still saved', async () => {
    const content = lexical([
      paragraph([
        link('https://angiang.gov.vn/', 'Cổng tỉnh'),
        text(' · '),
        link('mailto:ubnd@angiang.gov.vn', 'Thư'),
        text(' · '),
        link('/lien-he/', 'Liên hệ'),
        text(' · '),
        link('#muc-1', 'Mục 1'),
      ]),
    ])
    for (const door of DOORS) {
      const reply = await createPost(
        door,
        tokens.contributor!,
        {
          tenant: communeId,
          title: `Nháp liên kết tốt ${RUN} ${door}`,
          categories: [categoryId],
          excerpt: 'Thử.',
          content,
        },
        true,
      )
      expectAccepted(door, reply)
      cleanup.push(['posts', door === 'REST' ? reply.body.doc.id : reply.body.data.createPost.id])
    }
  })
})

// ---------------------------------------------------------------------------------------------
// What reaches the built site
// ---------------------------------------------------------------------------------------------

const XSS = '" onmouseover="alert(1)" style="position:fixed;inset:0;z-index:99999;background:#fff" x="'
/** The attack of the issue, and its relatives: attributes the converter copies as they are. */
const craftedContent = (marker: string) =>
  lexical([
    {
      type: 'heading',
      tag: 'h2',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [text(`Tiêu đề ${marker}`)],
    },
    paragraph([text('Chữ '), text('đậm', 1), text(' và '), text('nghiêng', 2), text(' <script>alert(1)</script>')], {
      format: 'center',
    }),
    {
      type: 'list',
      tag: 'ul',
      listType: 'bullet',
      start: 1,
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [
        {
          type: 'listitem',
          value: 1,
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          children: [text('Mục một')],
        },
      ],
    },
    { type: 'quote', format: '', indent: 0, version: 1, direction: 'ltr', children: [text('Trích dẫn')] },
    {
      type: 'table',
      version: 1,
      children: [
        {
          type: 'tablerow',
          version: 1,
          children: [
            cell('Ô tiêu đề', { headerState: 1 }),
            cell('Ô độc 1', { headerState: `1${XSS}` }),
            cell('Ô độc 2', {
              headerState:
                '1"><script>alert(1)</script><meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="p"></form><style>body{display:none}</style><td x="',
            }),
            cell('Ô độc 3', {
              headerState:
                '1"><img src=x onerror=alert(1)><a href="javascript:alert(1)">bấm</a><a href="data:text/html,x">bấm</a><svg onload=alert(1)></svg><td x="',
              backgroundColor: 'red;background-image:url(https://evil.example/x.png)',
            }),
          ],
        },
      ],
    },
    paragraph([
      link('https://dichvucong.gov.vn/', 'Cổng Dịch vụ công', true),
      text(' · '),
      link('/thong-bao/', 'Thông báo'),
    ]),
  ])

/** Every element under `nodes` (tags, scripts and styles: the nodes with attributes). */
const elements = (nodes: ChildNode[]): Element[] =>
  nodes.flatMap((n) =>
    'attribs' in n
      ? [n as Element, ...elements((n as Element).children)]
      : 'children' in n
        ? elements((n as { children: ChildNode[] }).children)
        : [],
  )
const hasClass = (el: Element, name: string) => (el.attribs.class ?? '').split(/\s+/).includes(name)
const PROSE_TAG_SET: ReadonlySet<string> = new Set(PROSE_TAGS)

/** Everything on a built page that could run, load, redirect or cover; empty when clean. */
const activeContent = (html: string): string[] => {
  const problems: string[] = []
  const all = elements(parseDocument(html).children)
  const head = all.find((e) => e.name === 'head')
  const inHead = new Set(head ? elements(head.children) : [])
  for (const el of all) {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) problems.push(`<${el.name} ${name}>`)
      if (name === 'href' && el.name === 'a' && !isSafeLinkUrl(value)) problems.push(`<a href="${value}">`)
      if (name === 'style' && /position|z-index|url\(|expression/i.test(value))
        problems.push(`<${el.name} style="${value}">`)
      if (/evil\.example/.test(value)) problems.push(`<${el.name} ${name}="${value}">`)
    }
    if (
      ['iframe', 'frame', 'object', 'embed', 'base', 'math', 'template', 'foreignobject', 'animate', 'set'].includes(
        el.name.toLowerCase(),
      )
    )
      problems.push(`<${el.name}>`)
    // The theme's own inline SVG (emblem, icons) is decorative; rich text may hold none (below).
    if (el.name === 'svg' && el.attribs['aria-hidden'] !== 'true') problems.push('<svg> not from the theme')
    if (el.name === 'meta' && el.attribs['http-equiv']) problems.push('<meta http-equiv>')
    if (el.name === 'style' && !inHead.has(el)) problems.push('<style> in body')
    // The site's own scripts only: structured data and its analytics/bundled files.
    if (
      el.name === 'script' &&
      !(el.attribs.type === 'application/ld+json' || /^\/(?:_analytics\.js|_astro\/)/.test(el.attribs.src ?? ''))
    )
      problems.push(`<script ${JSON.stringify(el.attribs)}>`)
    if (el.name === 'form' && !(el.attribs.action ?? '').startsWith('/'))
      problems.push(`<form action="${el.attribs.action}">`)
  }
  for (const prose of all.filter((e) => hasClass(e, 'prose'))) {
    for (const el of elements(prose.children)) {
      if (!PROSE_TAG_SET.has(el.name)) problems.push(`<${el.name}> in rich text`)
      if (el.attribs.class || el.attribs.id)
        problems.push(`class/id in rich text: <${el.name} ${JSON.stringify(el.attribs)}>`)
    }
  }
  return problems
}

const craftedPosts: { door: Door; role: string; title: string; slug?: string }[] = [
  { door: 'REST', role: 'chief', title: `Bài kiểm thử HTML ${RUN} REST` },
  { door: 'GraphQL', role: 'province-admin', title: `Bài kiểm thử HTML ${RUN} GraphQL` },
]
const communePage = (path: string) => hostGet(`${COMMUNE}.localhost`, path)

/**
 * Writes what the built site must stay clean of (bad menu, footer and portal links, a post with
 * crafted rich text per door) and waits for the server's worker to build the commune. Returns
 * the procedure whose stored link is bad.
 */
const writeCraftedContent = async (): Promise<{ id: number; name: string }> => {
  // Rows written around the API (older data, a script on the database): the fields would
  // refuse them, the generator must leave them off the site.
  await payload.db.updateOne({
    collection: 'site-settings',
    id: settingsId,
    data: {
      mainMenu: [
        ...(originalSettings.mainMenu as object[]),
        {
          id: rowId(),
          label: `Menu độc ${RUN}`,
          url: 'javascript:alert(1)',
          children: [{ id: rowId(), label: `Menu con độc ${RUN}`, url: '//evil.example/' }],
        },
      ],
      footer: {
        ...originalSettings.footer,
        links: [
          { id: rowId(), label: `Chân độc ${RUN}`, url: ' java\tscript:alert(1)' },
          { id: rowId(), label: `Chân tốt ${RUN}`, url: 'https://angiang.gov.vn/' },
        ],
      },
    },
  })
  // (Not the commune's social accounts: the build worker saves the commune's site state
  // through Payload, whose validation would then refuse the whole commune row.)
  const created = await rest('POST', '/api/procedures', {
    token: tokens.chief,
    body: {
      tenant: communeId,
      name: `Thủ tục thử ${RUN}`,
      nationalPortalUrl: 'https://dichvucong.gov.vn/p/home/x.html',
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const procedure = { id: created.body.doc.id, name: created.body.doc.name }
  cleanup.push(['procedures', procedure.id])
  await payload.db.updateOne({
    collection: 'procedures',
    id: procedure.id,
    data: { nationalPortalUrl: 'javascript:alert(1)' },
  })

  for (const post of craftedPosts) {
    const reply = await createPost(post.door, tokens[post.role]!, {
      tenant: communeId,
      title: post.title,
      categories: [categoryId],
      excerpt: 'Kiểm thử nội dung độc.',
      content: craftedContent(post.door),
      _status: 'published',
    })
    expectAccepted(post.door, reply)
    const doc = post.door === 'REST' ? reply.body.doc : reply.body.data.createPost
    post.slug = doc.slug
    cleanup.push(['craftedPosts', doc.id])
  }
  // The server's own worker builds the commune after the publish.
  for (const post of craftedPosts)
    await waitFor(
      `the page of "${post.title}"`,
      async () => (await communePage(`/tin-tuc/bai/${post.slug}/`)).status === 200,
      240_000,
    )
  return procedure
}

describe('a published post with crafted rich text, bad links in the database: the built site stays clean', () => {
  let procedure: { id: number; name: string }
  beforeAll(async () => {
    procedure = await writeCraftedContent()
  }, 300_000)

  it.each(craftedPosts)(
    'the article published via $door carries no active content, and keeps its formatting',
    async (post) => {
      const reply = await communePage(`/tin-tuc/bai/${post.slug}/`)
      expect(reply.status).toBe(200)
      expect(activeContent(reply.body)).toEqual([])
      expect(reply.body).not.toContain('alert(1)"')
      const prose = elements(parseDocument(reply.body).children).find((e) => hasClass(e, 'prose'))!
      const tags = new Set(elements(prose.children).map((e) => e.name))
      for (const tag of ['h2', 'p', 'strong', 'em', 'ul', 'li', 'blockquote', 'table', 'th', 'td', 'a'])
        expect(tags, tag).toContain(tag)
      expect(reply.body).toContain(`Tiêu đề ${post.door}`)
      expect(reply.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;') // the text, shown, not run
      expect(reply.body).toContain(
        '<a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener noreferrer">Cổng Dịch vụ công</a>',
      )
      expect(reply.body).toContain('<a href="/thong-bao/">Thông báo</a>')
      for (const cellText of ['Ô tiêu đề', 'Ô độc 1', 'Ô độc 2', 'Ô độc 3']) expect(reply.body).toContain(cellText)
    },
  )

  it('menu and footer links from the database that break the rule are not on any page; the others are', async () => {
    for (const path of ['/', `/tin-tuc/bai/${craftedPosts[0]!.slug}/`, '/lien-he/']) {
      const reply = await communePage(path)
      expect(reply.status).toBe(200)
      expect(activeContent(reply.body), path).toEqual([])
      expect(reply.body).not.toContain(`Menu độc ${RUN}`)
      expect(reply.body).not.toContain(`Menu con độc ${RUN}`)
      expect(reply.body).not.toContain(`Chân độc ${RUN}`)
      expect(reply.body).toContain(`Chân tốt ${RUN}`)
      expect(reply.body).not.toMatch(/javascript:/i)
    }
  })

  it('a procedure whose stored portal link is unusable links to the national portal instead', async () => {
    const reply = await communePage('/thu-tuc-hanh-chinh/')
    expect(reply.status).toBe(200)
    expect(activeContent(reply.body)).toEqual([])
    expect(reply.body).toContain(procedure.name)
    expect(reply.body).toContain('href="https://dichvucong.gov.vn/"')
  })

  it('the built files on disk are the ones served (no other copy holds the payloads)', async () => {
    const { default: fs } = await import('node:fs')
    const { default: path } = await import('node:path')
    const { inject } = await import('vitest')
    for (const post of craftedPosts) {
      const file = path.join(inject('dataDir'), 'sites', COMMUNE, 'current', 'tin-tuc', 'bai', post.slug!, 'index.html')
      expect(activeContent(fs.readFileSync(file, 'utf8'))).toEqual([])
    }
    const index = fs.readFileSync(
      path.join(inject('dataDir'), 'sites', COMMUNE, 'current', 'search-index.json'),
      'utf8',
    )
    expect(index).not.toMatch(/onmouseover|evil\.example/)
  })
})
