/**
 * The content snapshot of one commune: what the static site generator reads. Exported from
 * the CMS through the Local API (sites/export.ts), so builds are reproducible and never touch
 * the database while rendering. Rich text arrives as sanitised HTML; dates as ISO strings;
 * URLs root-relative to the commune's site ("/media/x.webp", "/tin-tuc/...").
 */
export type SiteImage = {
  src: string
  width: number
  height: number
  alt: string
  /** WebP variants, narrowest first. */
  srcset: { src: string; width: number }[]
}

export type SiteFile = { url: string; filename: string; mimeType: string; size: number; title: string }

export type SiteCommune = {
  slug: string
  name: string
  /** 'xa' | 'phuong' | 'thi-tran' | 'dac-khu' */
  type: string
  code: string
  districtName: string
  provinceName: string
  /** 1..25 */
  theme: number
  domains: string[]
  logo: SiteImage | null
  /** The header's cover photo the board or province chose; absent or null: the plain themed header. */
  cover?: SiteImage | null
  contact: { address: string | null; phone: string | null; email: string | null }
  spokesperson: { name: string | null; position: string | null; phone: string | null; email: string | null }
  socialAccounts: { platform: string; url: string }[]
  /** The editor-in-chief, named in the footer as the person responsible. */
  responsiblePerson: string | null
  matomoSiteId: number | null
  emcSiteId: string | null
  trustBadgeId: string | null
}

export type SiteSettings = {
  siteTitle: string
  mainMenu: { label: string; url: string; children: { label: string; url: string }[] }[]
  homepageSections: string[]
  alert: { active: boolean; text: string | null }
  footer: { note: string | null; links: { label: string; url: string }[] }
}

export type SitePost = {
  slug: string
  title: string
  excerpt: string | null
  html: string
  publishedAt: string
  updatedAt: string
  categories: string[]
  cover: SiteImage | null
  authors: string[]
  photographers: string[]
  origin: 'original' | 'reprint'
  source: string | null
  /** A reprint of the province's shared news: the original's address (the page's canonical link). */
  canonicalUrl?: string | null
  featured: boolean
}

export type SitePage = {
  slug: string
  path: string
  title: string
  html: string
  parentPath: string | null
  order: number
}

export type SiteAnnouncement = {
  slug: string
  title: string
  html: string
  urgency: 'normal' | 'important' | 'emergency'
  validFrom: string | null
  validUntil: string | null
  publishedAt: string
  files: SiteFile[]
}

export type SiteDocument = {
  slug: string
  number: string
  title: string
  docType: string
  docTypeLabel: string
  field: string | null
  fieldLabel: string | null
  issuer: string | null
  signer: { name: string | null; position: string | null }
  issueDate: string
  effectiveDate: string | null
  summary: string | null
  files: SiteFile[]
}

export type SiteOfficial = {
  name: string
  position: string
  organ: string
  organLabel: string
  photo: SiteImage | null
  duties: string | null
  biography: string | null
  phone: string | null
  email: string | null
  order: number
}

export type SiteDisclosure = {
  slug: string
  title: string
  category: string
  categoryLabel: string
  decisionDate: string
  publicationDate: string | null
  publishedOnTime: boolean | null
  html: string
  files: SiteFile[]
}

export type SiteProcedure = {
  slug: string
  name: string
  code: string | null
  field: string | null
  fieldLabel: string | null
  processingTime: string | null
  fee: string | null
  nationalPortalUrl: string
  summary: string | null
}

/** A published answer; the asker's contact is never exported. */
export type SiteQuestion = {
  id: string
  askerName: string
  question: string
  answer: string
  answeredAt: string | null
  askedAt: string
}

export type SiteSnapshot = {
  generatedAt: string
  commune: SiteCommune
  settings: SiteSettings
  /** Where the tracker sends hits (MATOMO_URL), or null for no analytics at all. */
  matomoUrl: string | null
  categories: { slug: string; name: string; description: string | null }[]
  posts: SitePost[]
  pages: SitePage[]
  announcements: SiteAnnouncement[]
  documents: SiteDocument[]
  officials: SiteOfficial[]
  disclosures: SiteDisclosure[]
  disclosureCategories: { value: string; label: string }[]
  procedures: SiteProcedure[]
  questions: SiteQuestion[]
}

/** One commune's line in the province directory. */
export type DirectoryEntry = { name: string; slug: string; url: string }

/**
 * The province directory: every live commune, served on any other host. Grouped by district (or
 * a region the province defines) where communes have one; since 2025-07-01 there are no
 * districts, and the communes of none are listed apart, by name.
 */
export type DirectorySnapshot = {
  generatedAt: string
  provinceName: string
  /** The province's administrative code ("91" since 2025-07-01), when the platform knows it. */
  provinceCode?: string
  /** Districts with at least one live commune, each with its communes by official code. */
  districts: { name: string; communes: DirectoryEntry[] }[]
  /** Live communes of no district, by name (absent from snapshots written before 2025). */
  otherCommunes?: DirectoryEntry[]
}

/**
 * The province directory is built and served like a commune's site, under this name (its
 * folder in DATA_DIR/sites, its snapshot file, its build job's key). No commune slug starts
 * with "_".
 */
export const DIRECTORY_SITE = '_directory'
