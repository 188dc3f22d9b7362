/** What the head of a page says about it: title, description, social cards and structured data. */
import type { SiteImage, SitePost } from '../../../contract/snapshot'
import { absolute, url } from './routes'
import type { Site } from './site'

export type PageMeta = {
  /** The page's own title; the site title is appended in <title>. */
  title: string
  description: string
  /** Root-relative path of this page ("/tin-tuc/"), for canonical and og:url. */
  path: string
  /** The canonical address when the page copies another (a reprint of the province's news). */
  canonical?: string | null
  type?: 'website' | 'article'
  image?: SiteImage | null
  noindex?: boolean
  /** Extra JSON-LD objects (the organisation is always there). */
  jsonLd?: Record<string, unknown>[]
  publishedTime?: string
  modifiedTime?: string
}

export function organisationJsonLd(site: Site): Record<string, unknown> {
  const c = site.snap.commune
  const org: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': `${site.baseUrl}/#to-chuc`,
    name: site.agencyName,
    alternateName: site.unitName,
    url: `${site.baseUrl}/`,
    areaServed: site.unitName,
  }
  if (c.contact.address || c.districtName)
    org.address = {
      '@type': 'PostalAddress',
      ...(c.contact.address ? { streetAddress: c.contact.address } : {}),
      ...(c.districtName ? { addressLocality: c.districtName } : {}),
      ...(c.provinceName ? { addressRegion: c.provinceName } : {}),
      addressCountry: 'VN',
    }
  if (c.contact.phone) org.telephone = c.contact.phone
  if (c.contact.email) org.email = c.contact.email
  if (c.logo) org.logo = absolute(site, c.logo.src)
  if (c.districtName) org.parentOrganization = { '@type': 'GovernmentOrganization', name: c.districtName }
  if (c.socialAccounts.length) org.sameAs = c.socialAccounts.map((s) => s.url)
  return org
}

export function articleJsonLd(site: Site, post: SitePost): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: post.title.slice(0, 110),
    description: post.excerpt ?? undefined,
    datePublished: post.publishedAt,
    dateModified: post.updatedAt,
    mainEntityOfPage: absolute(site, url.post(post.slug)),
    url: absolute(site, url.post(post.slug)),
    inLanguage: 'vi',
    ...(post.cover ? { image: [absolute(site, post.cover.src)] } : {}),
    author: post.authors.length
      ? post.authors.map((name) => ({ '@type': 'Person', name }))
      : { '@id': `${site.baseUrl}/#to-chuc` },
    publisher: { '@id': `${site.baseUrl}/#to-chuc` },
    ...(post.origin === 'reprint' && post.source ? { isBasedOn: post.source } : {}),
  }
}

export function breadcrumbJsonLd(site: Site, crumbs: { label: string; href?: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      ...(c.href ? { item: absolute(site, c.href) } : {}),
    })),
  }
}
