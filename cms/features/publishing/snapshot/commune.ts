import type { SiteSnapshot } from '../../../../contract/snapshot'
import type { Commune } from '../../../payload-types'
import { safeLinkUrl } from '../../../../sites/sanitize-html'
import { asDoc, type Rel, safeLinks } from './fields'
import type { Media, MediaCollector } from './media'
import type { CommuneContent } from './read-content'
import { provinceName } from '../../vietnamese-admin/province'

/** Who the commune is: name, place, theme, contacts and the IDs of the services its pages load. */
export const communeSection = (
  commune: Commune,
  communeSlug: string,
  { settings, chief, province }: CommuneContent,
  { image }: MediaCollector,
): SiteSnapshot['commune'] => {
  const district = asDoc(commune.district as Rel<{ name: string; province?: string | null }>)
  return {
    slug: commune.slug ?? communeSlug,
    name: commune.name,
    type: commune.type ?? 'xa',
    code: commune.code,
    // No district since 2025-07-01: the site names the province alone.
    districtName: district?.name ?? '',
    provinceName: province.name || district?.province || provinceName(),
    theme: commune.theme ?? 1,
    domains: (commune.domains ?? []).map((d) => d.domain),
    logo: image(commune.logo as Rel<Media>),
    cover: image(commune.cover as Rel<Media>),
    contact: {
      address: commune.contact?.address ?? null,
      phone: commune.contact?.phone ?? null,
      email: commune.contact?.email ?? null,
    },
    spokesperson: {
      name: commune.spokesperson?.name ?? null,
      position: commune.spokesperson?.position ?? null,
      phone: commune.spokesperson?.phone ?? null,
      email: commune.spokesperson?.email ?? null,
    },
    socialAccounts: (commune.socialAccounts ?? [])
      .filter((s) => safeLinkUrl(s.url, { httpsOnly: true }))
      .map((s) => ({ platform: s.platform, url: s.url })),
    responsiblePerson: settings?.footer?.responsiblePerson ?? chief?.name ?? null,
    matomoSiteId: commune.matomoSiteId ?? null,
    emcSiteId: commune.emcSiteId ?? null,
    trustBadgeId: commune.trustBadgeId ?? null,
  }
}

/** The board's site settings: title, menus, home page sections, alert and footer. */
export const settingsSection = (commune: Commune, { settings }: CommuneContent): SiteSnapshot['settings'] => ({
  siteTitle: settings?.siteTitle ?? `Trang thông tin điện tử ${commune.name}`,
  mainMenu: safeLinks(settings?.mainMenu).map((m) => ({
    label: m.label,
    url: m.url,
    children: safeLinks(m.children).map((c) => ({ label: c.label, url: c.url })),
  })),
  homepageSections: settings?.homepageSections ?? [],
  alert: { active: Boolean(settings?.alert?.active), text: settings?.alert?.text ?? null },
  footer: {
    note: settings?.footer?.note ?? null,
    links: safeLinks(settings?.footer?.links).map((l) => ({ label: l.label, url: l.url })),
  },
})
