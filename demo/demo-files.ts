/**
 * Demo attachments generated in memory: a one-page PDF for each demo document and three
 * landscape JPEG pictures shared by all communes. No external assets, no network.
 */
import sharp from 'sharp'
import { stripDiacritics } from '../cms/lib/vietnamese'

/**
 * PDF text for the standard Helvetica font. Helvetica (one of the 14 base fonts, not embedded)
 * only covers WinAnsi/Latin-1 and has no glyphs for Vietnamese letters such as "ư", "ơ", "ế"
 * or "đ"; drawing them would show garbage. So the demo PDF drops the diacritics (it is only a
 * placeholder; the real Vietnamese text lives in the CMS record), replaces anything still
 * outside printable ASCII, and escapes the three characters that are special inside a PDF
 * literal string: "(", ")" and "\".
 */
const pdfText = (s: string): string =>
  stripDiacritics(s.normalize('NFC'))
    .replace(/[^\x20-\x7e]/gu, '?')
    .replace(/[\\()]/gu, (c) => `\\${c}`)

/** Splits a long line at spaces so it fits the page width (~95 chars at 11 pt Helvetica). */
const wrap = (line: string, width: number): string[] => {
  const out: string[] = []
  let cur = ''
  for (const word of line.split(/\s+/u).filter(Boolean)) {
    if (cur && cur.length + 1 + word.length > width) {
      out.push(cur)
      cur = word
    } else cur = cur ? `${cur} ${word}` : word
  }
  out.push(cur)
  return out
}

/**
 * A minimal, valid PDF 1.4: catalog, page tree, one A4 page, Helvetica, one content stream.
 * The xref table holds the exact byte offset of every object (10 digits, "n" entries), and the
 * trailer points at it through startxref. Nothing active (no /JavaScript, /OpenAction, forms).
 */
export function makeDemoPdf(lines: string[]): Buffer {
  const textLines = lines.flatMap((l, i) => wrap(pdfText(l), i === 0 ? 70 : 90)).slice(0, 60)
  const ops: string[] = ['BT', '/F1 16 Tf', '20 TL', '56 780 Td']
  textLines.forEach((l, i) => {
    if (i === 1) ops.push('/F1 11 Tf', '16 TL')
    ops.push(`(${l}) Tj`, 'T*')
  })
  ops.push('ET')
  const stream = ops.join('\n')

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ]

  // Binary comment on line 2 tells transfer tools the file is binary (PDF spec 7.5.2).
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xrefAt = Buffer.byteLength(out, 'latin1')
  // Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n/f, CR LF.
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n`
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n\r\n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

type Palette = { sky: [string, string]; land: [string, string]; sun: string; water: string }

const PALETTES: Palette[] = [
  // 0: rice-green paddies under a pale sky
  { sky: ['#dff3e4', '#a8d5ba'], land: ['#6fae3f', '#2f6b1f'], sun: '#f7e08a', water: '#7fb8c9' },
  // 1: river-blue, Hậu/Tiền river
  { sky: ['#d6ecf7', '#8cc4e0'], land: ['#3d8fbf', '#1c4f78'], sun: '#fff3c4', water: '#2a6f9e' },
  // 2: sunset-orange over the fields
  { sky: ['#ffd59e', '#f08a4b'], land: ['#9c5b2e', '#4a2a17'], sun: '#fff0b3', water: '#c8673a' },
]

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/gu, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c)

/** A 1200×675 (16:9) JPEG landscape: gradient sky, sun, river band and rice-field rows. */
export async function makeDemoImage(index: number, label: string): Promise<Buffer> {
  const p = PALETTES[((index % PALETTES.length) + PALETTES.length) % PALETTES.length]!
  const W = 1200
  const H = 675
  const caption = `[Demo] ${label}`.normalize('NFC')
  // The sunset sun sits low over the horizon; the others high in the sky.
  const sunY = index % PALETTES.length === 2 ? 300 : 170
  const rows = Array.from({ length: 7 }, (_, i) => {
    const y = 470 + i * 30
    return `<path d="M0 ${y} Q ${W / 2} ${y - 40 + i * 4} ${W} ${y}" stroke="${p.land[0]}" stroke-opacity="0.45" stroke-width="6" fill="none"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient>
    <linearGradient id="land" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.land[0]}"/><stop offset="1" stop-color="${p.land[1]}"/></linearGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <circle cx="${880 - index * 120}" cy="${sunY}" r="80" fill="${p.sun}" fill-opacity="0.9"/>
  <path d="M0 360 Q 300 320 600 350 T 1200 340 L1200 420 L0 420 Z" fill="${p.water}" fill-opacity="0.8"/>
  <path d="M0 410 Q 400 380 800 410 T 1200 400 L1200 ${H} L0 ${H} Z" fill="url(#land)"/>
  ${rows}
  <rect x="40" y="${H - 100}" width="${Math.min(1120, 70 + caption.length * 21)}" height="60" rx="10" fill="#000" fill-opacity="0.35"/>
  <text x="70" y="${H - 58}" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="#fff">${escapeXml(caption)}</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 70, mozjpeg: true }).toBuffer()
}
