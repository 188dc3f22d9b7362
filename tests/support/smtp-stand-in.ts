import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type Mail = {
  from: string
  to: string[]
  /** The message as received (headers and MIME body). */
  raw: string
  subject: string
  /** The decoded text/plain part, or '' when there is none. */
  text: string
  /** The decoded text/html part, or '' when there is none. */
  html: string
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in a header. */
const decodeWords = (value: string): string =>
  value.replace(/\s*=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_all, _charset: string, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  )

const splitHead = (part: string): { headers: Map<string, string>; body: string } => {
  const at = part.search(/\r?\n\r?\n/)
  const head = at === -1 ? part : part.slice(0, at)
  const body = at === -1 ? '' : part.slice(at).replace(/^\r?\n\r?\n/, '')
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

const decodeBody = (body: string, encoding = ''): string => {
  const e = encoding.toLowerCase()
  if (e === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (e === 'quoted-printable')
    return Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8')
  return body
}

/** The text and HTML parts of a message (single part or multipart/alternative, one level or nested). */
const partsOf = (raw: string): { text: string; html: string; subject: string } => {
  const { headers, body } = splitHead(raw)
  const out = { text: '', html: '', subject: decodeWords(headers.get('subject') ?? '') }
  const visit = (h: Map<string, string>, b: string) => {
    const type = h.get('content-type') ?? 'text/plain'
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      for (const piece of b.split(`--${boundary}`).slice(1)) {
        if (piece.startsWith('--')) break
        const p = splitHead(piece.replace(/^\r?\n/, ''))
        visit(p.headers, p.body)
      }
    } else if (type.toLowerCase().startsWith('text/html')) out.html = decodeBody(b, h.get('content-transfer-encoding'))
    else if (type.toLowerCase().startsWith('text/plain')) out.text = decodeBody(b, h.get('content-transfer-encoding'))
  }
  visit(headers, body)
  return out
}

/**
 * A local SMTP server (smtp-server) standing in for the province's mail relay: accepts every
 * message without TLS or authentication and keeps it, decoded enough for tests to read the
 * subject, the text and the HTML. SMTP_URL for the code under test: smtp://127.0.0.1:<port>.
 */
export const startSmtpStandIn = async (): Promise<{ url: string; mails: Mail[]; close: () => Promise<void> }> => {
  const mails: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...partsOf(raw),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
