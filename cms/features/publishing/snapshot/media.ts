import type { SiteFile, SiteImage } from '../../../../contract/snapshot'
import { asDoc, type Rel } from './fields'

export type Media = {
  tenant?: Rel<{ id: number | string }>
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  alt?: string | null
  sizes?: Record<string, { filename?: string | null; width?: number | null; height?: number | null } | undefined> | null
}

/**
 * Turns uploads into the snapshot's images and files, and remembers every file the site uses.
 * Only the commune's own files (and the province's, which belong to no commune): a document
 * that names another commune's file (refused on save since cms/features/tenancy/own-uploads.ts,
 * but older data may hold one) never puts that file on this site.
 */
export class MediaCollector {
  private readonly used = new Set<string>()

  constructor(private readonly commune: number | string) {}

  private own = (doc: Media): boolean => {
    const owner = doc.tenant && typeof doc.tenant === 'object' ? doc.tenant.id : doc.tenant
    return owner === null || owner === undefined || String(owner) === String(this.commune)
  }

  /** The files the build copies: exactly those the site shows. */
  get filenames(): string[] {
    return [...this.used]
  }

  image = (value: Rel<Media>): SiteImage | null => {
    const doc = asDoc(value)
    if (!doc?.filename || !this.own(doc) || !doc.mimeType?.startsWith('image/') || !doc.width || !doc.height)
      return null
    this.used.add(doc.filename)
    const srcset = Object.values(doc.sizes ?? {})
      .filter((s): s is { filename: string; width: number; height: number } => Boolean(s?.filename && s.width))
      .sort((a, b) => a.width - b.width)
      .map((s) => {
        this.used.add(s.filename)
        return { src: `/media/${s.filename}`, width: s.width }
      })
    return { src: `/media/${doc.filename}`, width: doc.width, height: doc.height, alt: doc.alt ?? '', srcset }
  }

  files = (values: Rel<Media>[] | null | undefined): SiteFile[] =>
    (values ?? []).flatMap((value) => {
      const doc = asDoc(value)
      if (!doc?.filename || !this.own(doc)) return []
      this.used.add(doc.filename)
      return [
        {
          url: `/media/${doc.filename}`,
          filename: doc.filename,
          mimeType: doc.mimeType ?? 'application/octet-stream',
          size: doc.filesize ?? 0,
          title: doc.alt || doc.filename,
        },
      ]
    })
}
