import type { Payload, PayloadRequest } from 'payload'
import type { ID } from '../../access/roles'
import { stripTypePrefix } from '../../lib/unit-slugs'
import { normalizeText, slugify } from '../../lib/vietnamese'
import type { CommuneTypeValue } from './units'
import { DEFAULT_TEMPLATE, type CommuneTemplateData, type TemplateLink, type TemplatePage } from './template-defaults'

const TYPE_WORD: Record<CommuneTypeValue, string> = { xa: 'xã', phuong: 'phường', 'thi-tran': 'thị trấn' }
const capitalize = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s)
/** "Thành phố Long Xuyên" → "thành phố Long Xuyên" (the type word in lower case, mid-sentence). */
const midSentence = (name: string): string => {
  const bare = stripTypePrefix(name)
  return bare === name ? name : `${name.slice(0, name.length - bare.length - 1).toLocaleLowerCase('vi')} ${bare}`
}

export type TemplateCommune = { name: string; type: CommuneTypeValue; districtName: string; provinceName: string }

/** Replaces the template tokens (TEMPLATE_TOKENS) with the commune's values; unknown tokens stay. */
export const templateFiller = (c: TemplateCommune): ((text: string) => string) => {
  const bare = stripTypePrefix(c.name, capitalize(TYPE_WORD[c.type]))
  const unit = TYPE_WORD[c.type]
  const words: Record<string, string> = {
    Xa: `${capitalize(unit)} ${bare}`,
    xa: `${unit} ${bare}`,
    ten: bare,
    cap: unit,
    Cap: capitalize(unit),
    huyen: midSentence(c.districtName),
    Huyen: capitalize(c.districtName),
    tinh: midSentence(c.provinceName),
    Tinh: capitalize(c.provinceName),
    ntm: c.type === 'xa' ? 'nông thôn mới nâng cao' : 'đô thị văn minh',
  }
  return (text) =>
    normalizeText(text.replace(/\{(\w+)\}/g, (whole, key: string) => words[key] ?? whole)).normalize('NFC')
}

/** A copy of a Lexical document with every text node filled. */
const fillRichText = (value: unknown, fill: (s: string) => string): unknown => {
  if (Array.isArray(value)) return value.map((v) => fillRichText(v, fill))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value))
      out[k] = k === 'text' && typeof v === 'string' ? fill(v) : fillRichText(v, fill)
    return out
  }
  return value
}

/**
 * The province's template, or the built-in defaults while the province has never saved it.
 * An empty list the province saved stays empty (it chose no categories, say).
 */
export const loadTemplate = async (payload: Payload, req?: PayloadRequest): Promise<CommuneTemplateData> => {
  const doc = await payload.findGlobal({ slug: 'commune-template', depth: 0, overrideAccess: true, req })
  if (!doc?.updatedAt) return DEFAULT_TEMPLATE
  return {
    siteTitle: doc.siteTitle || DEFAULT_TEMPLATE.siteTitle,
    categories: (doc.categories ?? []).map((c) => ({ name: c.name, slug: c.slug, description: c.description })),
    pages: (doc.pages ?? []).map((p) => ({
      title: p.title,
      slug: p.slug,
      parent: p.parent,
      order: p.order,
      content: p.content,
    })),
    mainMenu: (doc.mainMenu ?? []).map((m) => ({
      label: m.label,
      url: m.url,
      children: (m.children ?? []).map((c) => ({ label: c.label, url: c.url })),
    })),
    homepageSections: doc.homepageSections ?? [],
    footerNote: doc.footerNote ?? '',
  }
}

/** Parents before children, whatever the order of the list; a page whose parent is missing becomes top-level. */
const parentsFirst = (pages: TemplatePage[]): TemplatePage[] => {
  const slugs = new Set(pages.map((p) => p.slug))
  const out: TemplatePage[] = []
  const placed = new Set<string>()
  let rest = pages.map((p) => ({
    ...p,
    parent: p.parent && slugs.has(p.parent) && p.parent !== p.slug ? p.parent : null,
  }))
  while (rest.length) {
    const ready = rest.filter((p) => !p.parent || placed.has(p.parent))
    // A cycle in the template (a → b → a): break it by making the rest top-level.
    const next = ready.length ? ready : rest.map((p) => ({ ...p, parent: null }))
    for (const p of next) {
      out.push(p)
      placed.add(p.slug)
    }
    rest = rest.filter((p) => !placed.has(p.slug))
  }
  return out
}

export type AppliedTemplate = { categories: number; pages: number; settings: boolean }

/**
 * Copies the template into a commune: its categories, its pages (published) and, last, its
 * site settings. The settings mark the template as applied: once they exist nothing is copied
 * again (the board may have deleted a category on purpose). Before that, each category and page
 * is created only if the commune lacks its slug, so a run interrupted half-way (each document is
 * its own write: SQLite here runs without transactions) completes the copy.
 */
export const applyTemplate = async (
  payload: Payload,
  {
    tenant,
    template,
    fill,
    responsiblePerson,
    req,
  }: {
    tenant: ID
    template: CommuneTemplateData
    fill: (s: string) => string
    responsiblePerson?: string
    req?: PayloadRequest
  },
): Promise<AppliedTemplate> => {
  const quiet = { skipAudit: true, skipSiteBuild: true }
  const base = { overrideAccess: true, depth: 0, ...(req ? { req } : { context: quiet }) } as const
  const applied: AppliedTemplate = { categories: 0, pages: 0, settings: false }
  const settings = await payload.count({
    collection: 'site-settings',
    where: { tenant: { equals: tenant } },
    overrideAccess: true,
    req,
  })
  if (settings.totalDocs > 0) return applied
  const tenantId = tenant as number
  const existing = async (collection: 'categories' | 'pages') =>
    // The collection's own rows (not the latest versions): a row whose version a killed run did not write still counts.
    (
      await payload.find({
        collection,
        where: { tenant: { equals: tenant } },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs as unknown as {
      id: ID
      slug?: string | null
      name?: string
      title?: string
      path?: string | null
      parent?: ID | { id: ID } | null
      order?: number | null
    }[]

  const categories = new Map(
    (await existing('categories')).map((c) => [c.slug ?? '', { slug: c.slug ?? '', name: c.name ?? '' }]),
  )
  const fromTemplate: { slug: string; name: string }[] = []
  for (const [order, c] of template.categories.entries()) {
    const name = fill(c.name)
    const slug = c.slug || slugify(name)
    if (!name || !slug || fromTemplate.some((x) => x.slug === slug)) continue
    if (!categories.has(slug)) {
      await payload.create({
        ...base,
        collection: 'categories',
        data: { tenant: tenantId, name, slug, description: c.description ? fill(c.description) : null, order },
      })
      categories.set(slug, { slug, name })
      applied.categories++
    }
    fromTemplate.push(categories.get(slug)!)
  }

  const have = await existing('pages')
  const ids = new Map<string, ID>(have.map((p) => [p.slug ?? '', p.id]))
  const pages: { slug: string; path: string; title: string; parent: string | null; order: number }[] = have.map(
    (p) => ({
      slug: p.slug ?? '',
      path: p.path ?? p.slug ?? '',
      title: p.title ?? '',
      parent:
        [...ids].find(
          ([, id]) => String(id) === String(typeof p.parent === 'object' && p.parent ? p.parent.id : p.parent),
        )?.[0] ?? null,
      order: p.order ?? 0,
    }),
  )
  for (const p of parentsFirst(template.pages)) {
    if (ids.has(p.slug)) continue
    const title = fill(p.title)
    const parentId = p.parent ? ids.get(p.parent) : undefined
    const doc = await payload.create({
      ...base,
      collection: 'pages',
      data: {
        tenant: tenantId,
        title,
        slug: p.slug,
        parent: (parentId ?? null) as number | null,
        order: p.order ?? 0,
        content: (p.content ? fillRichText(p.content, fill) : null) as never,
        _status: 'published',
        workflowStatus: 'published',
      },
    })
    ids.set(p.slug, doc.id)
    pages.push({ slug: p.slug, path: doc.path ?? p.slug, title, parent: p.parent ?? null, order: p.order ?? 0 })
    applied.pages++
  }

  // The introduction and news items get the commune's pages and categories as sub-items
  // unless the template lists its own, as the sites' default menu does.
  const childrenFor = (item: TemplateLink & { children?: TemplateLink[] | null }): TemplateLink[] => {
    if (item.children?.length) return item.children.map((c) => ({ label: fill(c.label), url: c.url }))
    const top = item.url.replace(/^\/+|\/+$/g, '')
    if (top === 'tin-tuc') return fromTemplate.map((c) => ({ label: c.name, url: `/tin-tuc/${c.slug}/` }))
    return pages
      .filter((p) => p.parent === top)
      .sort((a, b) => a.order - b.order)
      .map((p) => ({ label: p.title, url: `/${p.path}/` }))
  }
  await payload.create({
    ...base,
    collection: 'site-settings',
    data: {
      tenant: tenantId,
      siteTitle: fill(template.siteTitle),
      mainMenu: template.mainMenu.map((m) => ({ label: fill(m.label), url: m.url, children: childrenFor(m) })),
      homepageSections: template.homepageSections,
      footer: {
        note: template.footerNote ? fill(template.footerNote) : null,
        responsiblePerson: responsiblePerson ?? null,
      },
    },
  })
  applied.settings = true
  return applied
}
