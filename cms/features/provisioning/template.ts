import type { Payload, PayloadRequest } from 'payload'
import type { ID } from '../../access/roles'
import { stripTypePrefix } from '../../lib/unit-slugs'
import { normalizeText, slugify } from '../../lib/vietnamese'
import { communeTypeLabel, communeTypeWord, type CommuneType } from '../../../contract/vocabulary'
import { DEFAULT_TEMPLATE, type CommuneTemplateData, type TemplateLink, type TemplatePage } from './template-defaults'

const capitalize = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s)
/** "Thành phố Long Xuyên" → "thành phố Long Xuyên" (the type word in lower case, mid-sentence). */
const midSentence = (name: string): string => {
  const bare = stripTypePrefix(name)
  return bare === name ? name : `${name.slice(0, name.length - bare.length - 1).toLocaleLowerCase('vi')} ${bare}`
}

export type TemplateCommune = { name: string; type: CommuneType; districtName: string; provinceName: string }

/**
 * Without a district (none since 2025-07-01) the district's place in a sentence goes with its
 * comma: "{Xa} thuộc {huyen}, {tinh}." reads "Xã Mỹ Khánh thuộc tỉnh An Giang.".
 */
const withoutDistrict = (text: string): string =>
  text
    .replace(/\{(huyen|Huyen)\}\s*,\s*/g, '')
    .replace(/\s*,\s*\{(huyen|Huyen)\}/g, '')
    .replace(/\{(huyen|Huyen)\}/g, '')

/** Replaces the template tokens (TEMPLATE_TOKENS) with the commune's values; unknown tokens stay. */
export const templateFiller = (c: TemplateCommune): ((text: string) => string) => {
  const unit = communeTypeWord(c.type)
  const bare = stripTypePrefix(c.name, communeTypeLabel(c.type))
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
  const districtless = !c.districtName.trim()
  return (text) =>
    normalizeText(
      (districtless ? withoutDistrict(text) : text).replace(/\{(\w+)\}/g, (whole, key: string) => words[key] ?? whole),
    ).normalize('NFC')
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

type TemplateTarget = {
  tenant: ID
  /** The commune was created by this run: it has no content yet, so none is read back. */
  fresh?: boolean
  template: CommuneTemplateData
  fill: (s: string) => string
  responsiblePerson?: string
  req?: PayloadRequest
}

/** One template copy into one commune: where it writes and how. */
type Copy = TemplateTarget & {
  payload: Payload
  write: { overrideAccess: true; depth: 0; req?: PayloadRequest; context?: Record<string, unknown> }
}

/** A category or page as the menu lists it. */
type CategoryItem = { slug: string; name: string }
type PageItem = { slug: string; path: string; title: string; parent: string | null; order: number }

type ExistingRow = {
  id: ID
  slug?: string | null
  name?: string
  title?: string
  path?: string | null
  parent?: ID | { id: ID } | null
  order?: number | null
}

/** The collection's own rows (not the latest versions): a row whose version a killed run did not write still counts. */
const existingRows = async (copy: Copy, collection: 'categories' | 'pages'): Promise<ExistingRow[]> =>
  copy.fresh
    ? []
    : ((
        await copy.payload.find({
          collection,
          where: { tenant: { equals: copy.tenant } },
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req: copy.req,
        })
      ).docs as unknown as ExistingRow[])

/** The template's categories the commune lacks, created; returns the template's categories as the commune has them. */
const copyCategories = async (copy: Copy, applied: AppliedTemplate): Promise<CategoryItem[]> => {
  const rows = await existingRows(copy, 'categories')
  const categories = new Map(rows.map((c) => [c.slug ?? '', { slug: c.slug ?? '', name: c.name ?? '' }]))
  const fromTemplate: CategoryItem[] = []
  for (const [order, c] of copy.template.categories.entries()) {
    const name = copy.fill(c.name)
    const slug = c.slug || slugify(name)
    if (!name || !slug || fromTemplate.some((x) => x.slug === slug)) continue
    if (!categories.has(slug)) {
      const description = c.description ? copy.fill(c.description) : null
      await copy.payload.create({
        ...copy.write,
        collection: 'categories',
        data: { tenant: copy.tenant as number, name, slug, description, order },
      })
      categories.set(slug, { slug, name })
      applied.categories++
    }
    fromTemplate.push(categories.get(slug)!)
  }
  return fromTemplate
}

/** The template's pages the commune lacks, created published, parents first; returns every page of the commune. */
const copyPages = async (copy: Copy, applied: AppliedTemplate): Promise<PageItem[]> => {
  const rows = await existingRows(copy, 'pages')
  const ids = new Map<string, ID>(rows.map((p) => [p.slug ?? '', p.id]))
  const slugOfId = (id: unknown) => [...ids].find(([, known]) => String(known) === String(id))?.[0] ?? null
  const pages: PageItem[] = rows.map((p) => ({
    slug: p.slug ?? '',
    path: p.path ?? p.slug ?? '',
    title: p.title ?? '',
    parent: slugOfId(typeof p.parent === 'object' && p.parent ? p.parent.id : p.parent),
    order: p.order ?? 0,
  }))
  for (const p of parentsFirst(copy.template.pages)) {
    if (ids.has(p.slug)) continue
    const title = copy.fill(p.title)
    const parentId = p.parent ? ids.get(p.parent) : undefined
    const doc = await copy.payload.create({
      ...copy.write,
      collection: 'pages',
      data: {
        tenant: copy.tenant as number,
        title,
        slug: p.slug,
        parent: (parentId ?? null) as number | null,
        order: p.order ?? 0,
        content: (p.content ? fillRichText(p.content, copy.fill) : null) as never,
        _status: 'published',
        workflowStatus: 'published',
      },
    })
    ids.set(p.slug, doc.id)
    pages.push({ slug: p.slug, path: doc.path ?? p.slug, title, parent: p.parent ?? null, order: p.order ?? 0 })
    applied.pages++
  }
  return pages
}

/**
 * The introduction and news items get the commune's pages and categories as sub-items
 * unless the template lists its own, as the sites' default menu does.
 */
const menuChildren = (
  copy: Copy,
  item: TemplateLink & { children?: TemplateLink[] | null },
  categories: CategoryItem[],
  pages: PageItem[],
): TemplateLink[] => {
  if (item.children?.length) return item.children.map((c) => ({ label: copy.fill(c.label), url: c.url }))
  const top = item.url.replace(/^\/+|\/+$/g, '')
  if (top === 'tin-tuc') return categories.map((c) => ({ label: c.name, url: `/tin-tuc/${c.slug}/` }))
  return pages
    .filter((p) => p.parent === top)
    .sort((a, b) => a.order - b.order)
    .map((p) => ({ label: p.title, url: `/${p.path}/` }))
}

const createSettings = async (copy: Copy, categories: CategoryItem[], pages: PageItem[]) => {
  const { template, fill } = copy
  await copy.payload.create({
    ...copy.write,
    collection: 'site-settings',
    data: {
      tenant: copy.tenant as number,
      siteTitle: fill(template.siteTitle),
      mainMenu: template.mainMenu.map((m) => ({
        label: fill(m.label),
        url: m.url,
        children: menuChildren(copy, m, categories, pages),
      })),
      homepageSections: template.homepageSections,
      footer: {
        note: template.footerNote ? fill(template.footerNote) : null,
        responsiblePerson: copy.responsiblePerson ?? null,
      },
    },
  })
}

const settingsExist = async (payload: Payload, target: TemplateTarget): Promise<boolean> => {
  const settings = await payload.count({
    collection: 'site-settings',
    where: { tenant: { equals: target.tenant } },
    overrideAccess: true,
    req: target.req,
  })
  return settings.totalDocs > 0
}

/**
 * Copies the template into a commune: its categories, its pages (published) and, last, its
 * site settings. The settings mark the template as applied: once they exist nothing is copied
 * again (the board may have deleted a category on purpose). Before that, each category and page
 * is created only if the commune lacks its slug, so a run interrupted half-way (each document is
 * its own write: SQLite here runs without transactions) completes the copy.
 */
export const applyTemplate = async (payload: Payload, target: TemplateTarget): Promise<AppliedTemplate> => {
  const applied: AppliedTemplate = { categories: 0, pages: 0, settings: false }
  if (!target.fresh && (await settingsExist(payload, target))) return applied
  const quiet = { skipAudit: true, skipSiteBuild: true }
  const write = { overrideAccess: true, depth: 0, ...(target.req ? { req: target.req } : { context: quiet }) } as const
  const copy: Copy = { ...target, payload, write }
  const categories = await copyCategories(copy, applied)
  const pages = await copyPages(copy, applied)
  await createSettings(copy, categories, pages)
  applied.settings = true
  return applied
}
