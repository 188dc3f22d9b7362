import { DISCLOSURE_CATEGORIES } from '../../../contract/vocabulary'
import { CONTACT_PAGE_SLUG, FOCAL_PERSON_SLUG, INTRODUCTION_SLUGS } from './required-sections'
import type { Scan } from './scan'
import { tenantOf } from './scan'
import type { CommuneRecord } from './scope'

/** Whether a rich text holds any words (a page saved with an empty editor does not count). */
const hasText = (value: unknown): boolean => {
  if (!value || typeof value !== 'object') return false
  const node = value as { text?: unknown; root?: unknown; children?: unknown[] }
  if (typeof node.text === 'string' && node.text.trim()) return true
  if (node.root) return hasText(node.root)
  return Array.isArray(node.children) && node.children.some(hasText)
}

const filled = (value: string | null | undefined): boolean => Boolean(value?.trim())

/** Per commune, the tenant keys that have at least one row of each kind the sections need. */
const presence = (scan: Scan) => {
  const pagesWithText = new Map<string, Set<string>>()
  for (const page of scan.pages) {
    if (!hasText(page.content)) continue
    const tenant = tenantOf(page)
    if (!pagesWithText.has(tenant)) pagesWithText.set(tenant, new Set())
    pagesWithText.get(tenant)?.add(String(page.slug ?? ''))
  }
  const categories = new Map<string, Set<string>>()
  for (const d of scan.disclosures) {
    if (d._status !== 'published') continue
    const tenant = tenantOf(d)
    if (!categories.has(tenant)) categories.set(tenant, new Set())
    categories.get(tenant)?.add(String(d.category ?? ''))
  }
  const tenants = (rows: Scan['leaders']) => new Set(rows.map(tenantOf))
  const documents = tenants(scan.activity.find((a) => a.slug === 'documents')?.rows ?? [])
  return { pagesWithText, categories, leaders: tenants(scan.leaders), procedures: tenants(scan.procedures), documents }
}

/** The required sections each commune has left empty (keys of REQUIRED_SECTIONS, in its order). */
export const emptySectionsOf = (communes: CommuneRecord[], scan: Scan): Map<string, string[]> => {
  const has = presence(scan)
  const result = new Map<string, string[]>()
  for (const commune of communes) {
    const key = String(commune.id)
    const pages = has.pagesWithText.get(key) ?? new Set<string>()
    const categories = has.categories.get(key) ?? new Set<string>()
    const contact = commune.contact
    const empty: string[] = []
    if (!INTRODUCTION_SLUGS.some((slug) => pages.has(slug))) empty.push('introduction')
    if (!has.leaders.has(key)) empty.push('leaders')
    if (!has.documents.has(key)) empty.push('documents')
    for (const c of DISCLOSURE_CATEGORIES) if (!categories.has(c.value)) empty.push(`disclosure:${c.value}`)
    if (!has.procedures.has(key)) empty.push('procedures')
    if (!filled(commune.spokesperson?.name)) empty.push('spokesperson')
    if (!pages.has(FOCAL_PERSON_SLUG)) empty.push('focal-person')
    if (!(filled(contact?.phone) || filled(contact?.email)) && !pages.has(CONTACT_PAGE_SLUG)) empty.push('contact')
    result.set(key, empty)
  }
  return result
}
