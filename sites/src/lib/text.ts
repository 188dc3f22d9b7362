import { decodeTextEntities } from '../../../contract/html-entities'
import { SOCIAL_PLATFORMS } from '../../../contract/vocabulary'

/** Plain text of the exporter's sanitised HTML: for descriptions, RSS and the search index. */
export function stripHtml(html: string): string {
  return decodeTextEntities(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<\/(p|h[1-6]|li|div|tr|br)>/gi, ' ')
      .replace(/<[^>]+>/g, ''),
  )
}

/** Cuts at a word boundary, for meta descriptions (search engines show about 155 characters). */
export function truncate(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim()
  if (t.length <= max) return t
  const cut = t.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`
}

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

/** JSON safe inside a <script> element: "</script>" and "<!--" cannot appear. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

/** "Phường Mỹ Bình" → "phường Mỹ Bình", as the unit word is written mid-sentence. */
export function midSentence(name: string): string {
  const m = /^(Xã|Phường|Thị trấn)(\s)/u.exec(name)
  return m ? m[1]!.toLocaleLowerCase('vi') + name.slice(m[1]!.length) : name
}

/** Human file size in Vietnamese notation ("1,2 MB"). */
export function fileSize(bytes: number): string {
  if (!bytes) return ''
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let v = bytes / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v.toLocaleString('vi-VN', { maximumFractionDigits: v < 10 ? 1 : 0 })} ${units[i]}`
}

/** Short type of an attached file, from its MIME type or extension. */
export function fileKind(mimeType: string, filename: string): string {
  if (mimeType === 'application/pdf') return 'PDF'
  if (mimeType.includes('wordprocessingml') || mimeType === 'application/msword') return 'Word'
  if (mimeType.includes('spreadsheetml') || mimeType === 'application/vnd.ms-excel') return 'Excel'
  if (mimeType.startsWith('image/')) return 'Ảnh'
  return (filename.split('.').pop() ?? '').toUpperCase()
}

/** The display name of a social platform a commune lists (contract/vocabulary.ts). */
export const socialPlatformName = (platform: string): string =>
  SOCIAL_PLATFORMS.find((p) => p.value === platform)?.label ?? platform
