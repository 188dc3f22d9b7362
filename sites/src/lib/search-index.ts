/** The per-commune search index: every item's title, URL, type, date and its folded text. */
import { fold } from './fold'
import { url } from './routes'
import type { Site } from './site'
import { stripHtml } from './text'

export type SearchItem = { title: string; url: string; type: string; date: string | null; text: string }

/** Folded text is capped: titles and the opening of a body are what people search for. */
const MAX_TEXT = 1200

export function searchIndex(site: Site): SearchItem[] {
  const item = (
    title: string,
    href: string,
    type: string,
    date: string | null,
    ...parts: (string | null | undefined)[]
  ): SearchItem => ({
    title,
    url: href,
    type,
    date,
    text: fold([title, ...parts].filter(Boolean).join(' ')).slice(0, MAX_TEXT),
  })
  return [
    ...site.posts.map((p) =>
      item(p.title, url.post(p.slug), 'Tin tức', p.publishedAt, p.excerpt, stripHtml(p.html), p.authors.join(' ')),
    ),
    ...site.announcements.map((a) =>
      item(a.title, url.announcement(a.slug), 'Thông báo', a.publishedAt, stripHtml(a.html)),
    ),
    ...site.documents.map((d) =>
      item(
        `${d.number} – ${d.title}`,
        url.document(d.slug),
        'Văn bản',
        d.issueDate,
        d.docTypeLabel,
        d.fieldLabel,
        d.summary,
        d.signer.name,
      ),
    ),
    ...site.disclosureGroups.flatMap((g) =>
      g.items.map((d) =>
        item(
          d.title,
          url.disclosure(g.value, d.slug),
          'Công khai',
          d.publicationDate ?? d.decisionDate,
          g.label,
          stripHtml(d.html),
        ),
      ),
    ),
    ...site.pages.map((p) => item(p.title, url.page(p.path), 'Giới thiệu', null, stripHtml(p.html))),
    ...site.snap.procedures.map((p) =>
      item(p.name, `${url.procedures}#tthc-${p.slug}`, 'Thủ tục hành chính', null, p.fieldLabel, p.code, p.summary),
    ),
    ...site.snap.questions.map((q) =>
      item(
        q.question.slice(0, 140),
        `${url.questions}#cau-hoi-${q.id}`,
        'Hỏi đáp',
        q.answeredAt ?? q.askedAt,
        q.answer,
      ),
    ),
    ...site.organGroups.flatMap((g) =>
      g.officials.map((o) =>
        item(`${o.name} – ${o.position}`, url.organisation, 'Tổ chức bộ máy', null, g.label, o.duties),
      ),
    ),
  ]
}
