import type { HTMLConverters, HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SiteImage } from '../../../../contract/snapshot'

/** The site image of an upload's value (MediaCollector.image: it also has the build copy the file). */
export type ImageOf = (value: never) => SiteImage | null

const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The served width: the largest prepared size (1,280 px) rather than the full stored photo. */
const servedImage = (image: SiteImage) => {
  const size = image.srcset.at(-1)
  if (!size) return { src: image.src, width: image.width, height: image.height }
  return { src: size.src, width: size.width, height: Math.round((size.width * image.height) / image.width) }
}

/**
 * How the sites differ from Payload's HTML converters: an image inside rich text is the
 * commune's media file under /media/ (copied into the site with the build, like a cover),
 * not the admin's /api address; a table sits in a region that scrolls sideways on a phone and
 * can be reached and scrolled with the keyboard.
 */
export const siteConverters =
  (image: ImageOf): HTMLConvertersFunction =>
  ({ defaultConverters }) =>
    ({
      ...defaultConverters,
      upload: ({ node }: { node: { value?: unknown; fields?: { alt?: string } | null } }) => {
        const found = image(node.value as never)
        if (!found) return ''
        const served = servedImage(found)
        const alt = escapeAttr(node.fields?.alt || found.alt || '')
        return `<img src="${escapeAttr(served.src)}" alt="${alt}" width="${served.width}" height="${served.height}" loading="lazy" decoding="async">`
      },
      table: ({ node, nodesToHTML }) =>
        `<div role="region" tabindex="0" aria-label="Bảng"><table><tbody>${nodesToHTML({ nodes: node.children }).join('')}</tbody></table></div>`,
    }) as HTMLConverters
