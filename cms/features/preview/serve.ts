import fs from 'node:fs'
import path from 'node:path'

/**
 * Answers for the preview's pages. A built site links root-relative ("/tin-tuc/"), for the root
 * of its own host; a preview lives under /api/preview/<token>/, so its HTML is rewritten to
 * stay inside the preview, and marked so that no search engine or cache keeps it.
 */

/** Every preview answer: never indexed, never stored by a browser or a proxy, no Referer with the token. */
export const PRIVATE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store, private',
  'X-Robots-Tag': 'noindex, nofollow, noarchive',
  'Referrer-Policy': 'no-referrer',
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A short page in Vietnamese for a preview that cannot be shown (expired, invalid, failed). */
export const noticePage = (status: number, title: string, text: string): Response =>
  new Response(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>`,
    { status, headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } },
  )

/** The file a path names inside the built site, or null; never outside it (no "..", no hidden names). */
export const resolveSiteFile = (root: string, segments: readonly string[]): string | null => {
  if (segments.some((s) => !s || s === '..' || s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return null
  const base = path.join(root, ...segments)
  for (const candidate of path.extname(base) ? [base] : [path.join(base, 'index.html'), base]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate
    } catch {
      /* not there */
    }
  }
  return null
}

const ROOT_RELATIVE = /\b(href|src|action|poster)=(["'])(\/(?!\/)[^"']*)\2/g
const SRCSET = /\bsrcset=(["'])([^"']*)\1/g

/** A root-relative address of the site inside the preview, without the trailing slash Next would redirect. */
const inPreview = (base: string, url: string): string => `${base}${url.replace(/\/(?=$|[?#])/, '')}`

/** The site's HTML as it reads under `base`: links, images and scripts stay in the preview. */
export const rewriteHtml = (html: string, base: string, banner: string): string =>
  html
    .replace(
      ROOT_RELATIVE,
      (_m, attr: string, quote: string, url: string) => `${attr}=${quote}${inPreview(base, url)}${quote}`,
    )
    .replace(SRCSET, (_m, quote: string, list: string) => {
      const items = list.split(',').map((item) => item.trim().replace(/^\/(?!\/)/, `${base}/`))
      return `srcset=${quote}${items.join(', ')}${quote}`
    })
    .replace(
      /<head([^>]*)>/,
      '<head$1><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer">',
    )
    .replace(/<body([^>]*)>/, `<body$1>${banner}`)

/** The banner on every preview page: what this is, and until when the link works. */
export const previewBanner = (expires: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0')
  // Vietnam's time (UTC+7, no daylight saving): the board reads its own clock.
  const local = new Date(expires.getTime() + 7 * 3600 * 1000)
  const when = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`
  return (
    '<div role="note" data-preview-banner style="position:sticky;top:0;z-index:1000;background:#7a1f00;color:#fff;' +
    'padding:8px 16px;font:600 15px/1.4 system-ui,sans-serif;text-align:center">' +
    `Bản xem trước – nội dung chưa được xuất bản. Liên kết riêng này hết hạn lúc ${when}.</div>`
  )
}

/** A built file as a preview answer; HTML rewritten for the preview's base. */
export const sendPreviewFile = (file: string, base: string, banner: string, status = 200): Response => {
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  const headers = { ...PRIVATE_HEADERS, 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }
  if (type.startsWith('text/html'))
    return new Response(rewriteHtml(fs.readFileSync(file, 'utf8'), base, banner), { status, headers })
  return new Response(new Uint8Array(fs.readFileSync(file)), { status, headers })
}
