import type { NoticeKind } from './collection'

/** Everything a notice says, as the hook gathered it. */
export type NoticeFacts = {
  kind: NoticeKind
  /** The collection's singular name in Vietnamese ("Tin bài"). */
  noun: string
  title: string
  communeName: string
  actorName: string | null
  comment: string | null
  liveUrl: string | null
  editUrl: string
  recipientName: string
  at: string
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const lower = (noun: string): string => noun.charAt(0).toLocaleLowerCase('vi') + noun.slice(1)

/** The one-line summary (the bell's list, the email's subject after the commune). */
export const noticeHeadline = (f: Pick<NoticeFacts, 'kind' | 'noun' | 'title'>): string => {
  if (f.kind === 'submitted') return `${f.noun} chờ duyệt: ${f.title}`
  if (f.kind === 'returned') return `${f.noun} bị trả lại: ${f.title}`
  return `${f.noun} đã xuất bản: ${f.title}`
}

const whatHappened = (f: NoticeFacts): string => {
  const item = `${lower(f.noun)} “${f.title}” của ${f.communeName}`
  const by = f.actorName ? `${f.actorName} đã` : 'Hệ thống đã'
  if (f.kind === 'submitted') return `${by} gửi duyệt ${item} lúc ${f.at}.`
  if (f.kind === 'returned') return `${by} trả lại ${item} lúc ${f.at}.`
  return `${item.charAt(0).toLocaleUpperCase('vi')}${item.slice(1)} đã được xuất bản lúc ${f.at}.`
}

type Line = { text: string; link?: { label: string; url: string } }

const linesOf = (f: NoticeFacts): Line[] => {
  const lines: Line[] = [{ text: `Kính gửi ${f.recipientName},` }, { text: whatHappened(f) }]
  if (f.kind === 'returned') lines.push({ text: `Ý kiến của Trưởng ban biên tập: ${f.comment ?? ''}` })
  if (f.kind === 'submitted') lines.push({ text: 'Mở để duyệt:', link: { label: 'Mở để duyệt', url: f.editUrl } })
  if (f.kind === 'returned')
    lines.push({ text: 'Sửa và gửi duyệt lại:', link: { label: 'Sửa và gửi duyệt lại', url: f.editUrl } })
  if (f.kind === 'published' && f.liveUrl)
    lines.push({ text: 'Xem trên trang thông tin điện tử:', link: { label: 'Xem trên trang', url: f.liveUrl } })
  lines.push({ text: 'Anh/chị có thể tắt thông báo qua thư điện tử trong trang Tài khoản của mình.' })
  return lines
}

/** The email: Vietnamese subject, plain text and HTML naming the commune, the item, the action and the comment or link. */
export const noticeEmail = (f: NoticeFacts): { subject: string; text: string; html: string } => {
  const lines = linesOf(f)
  const text = lines.map((l) => (l.link ? `${l.text}\n${l.link.url}` : l.text)).join('\n\n')
  const html = lines
    .map((l) =>
      l.link
        ? `<p><a href="${escapeHtml(l.link.url)}">${escapeHtml(l.link.label)}</a><br>${escapeHtml(l.link.url)}</p>`
        : `<p>${escapeHtml(l.text)}</p>`,
    )
    .join('\n')
  return { subject: `[${f.communeName}] ${noticeHeadline(f)}`, text, html }
}
