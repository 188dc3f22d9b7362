import { en } from '@payloadcms/translations/languages/en'

/**
 * The English-string detector of the admin's language check (admin-language.int.spec.ts): the
 * words of Payload's own English interface (every string of @payloadcms/translations `en`) and
 * the common words of English user interfaces, found in what a screen shows. Vietnamese written
 * without its marks collides with a few of them ("An Giang", "Mỹ Long", "tin"): those, the proper
 * nouns and the accepted loanwords are allowed by name below, and nowhere else.
 */
const COMMON_UI_WORDS = `add edit delete remove save saved cancel create created new search filter filters columns
  sort page pages next previous back home dashboard settings account profile logout login log sign password submit
  publish published unpublish draft drafts status title name date time created updated version versions true false
  yes none select selected upload uploaded file files image images media document documents collection collections
  global globals user users field fields required invalid error errors success loading close open view preview show
  hide more less all items item per the and or to at by from with for is are was were be been this that these those
  requested built site state website build builds live since last failed queued building pages error summary details
  action actions role roles commune communes district districts tenant tenants post posts category categories
  announcement announcements official officials procedure procedures question questions disclosure disclosures
  audit entry log logs key owner expires lease leases job jobs queue task tasks input output admin administrator
  editor chief contributor viewer welcome hello ok okay apply reset clear copy paste duplicate restore trash lock
  unlock locked unlocked schedule scheduled archive archived return returned approve approved reject rejected
  comment comments notification notifications mark read unread theme themes menu link links url external internal
  label value type types order slug content body excerpt tags tag author authors phone address contact description
  upload drag drop browse choose click here please enter your you our we my me invalid missing untitled no results
  found nothing loading saving submitting changes unsaved leave stay continue confirm confirmation`

/**
 * Proper nouns, accepted loanwords, units, and Vietnamese syllables spelled like English words:
 * "do" (lý do), "in" (In bảng kê: print), "ok" (Ok Om Bok, a place name); "menu" (mục menu con), "slug" (Đường dẫn (slug))
 * and "API" (the API tab only the province's IT staff see) are loanwords Vietnamese UIs use.
 */
export const ALLOWED_WORDS = new Set(
  `email zalo facebook youtube tiktok google gmail word docx pdf jpeg jpg png webp svg gif mp4 url matomo emc
   ms kb mb gb s demo
   an long do ok in
   menu slug api`
    .split(/\s+/)
    .filter(Boolean),
)

const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? []

/** Every string of a nested translations object. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsOf)
      : []

/** Payload's English strings, less their {{variables}} and <0>tags</0>. */
const payloadEnglish = stringsOf(en.translations).map((s) => s.replace(/\{\{[^}]*\}\}|<\/?\d+>|<[^>]+>/g, ' '))

export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  [...payloadEnglish.flatMap(wordsOf), ...wordsOf(COMMON_UI_WORDS)].filter(
    (w) => w.length > 1 && !ALLOWED_WORDS.has(w),
  ),
)

/**
 * Data, not interface: addresses, e-mail addresses, file types and slugs ("tin-tuc", "my-binh")
 * name things and are left out before the words are read.
 */
const withoutData = (text: string): string =>
  text
    .replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
    // A file's type as stored (application/vnd.openxmlformats-officedocument...): data.
    .replace(/\b(?:application|image|video|audio|text|font)\/[\w.+-]+/giu, ' ')
    .replace(/\S+@\S+/gu, ' ')
    .replace(/(?:\/|\b)[\p{Ll}\d]+(?:[-/][\p{Ll}\d]+)+\/?/gu, ' ')
    .replace(/\S+\.(?:localhost|local|vn|gov)\S*/giu, ' ')

export type EnglishFinding = { word: string; text: string }

/** The English words of one piece of screen text, each with the text it was found in. */
export const englishIn = (text: string): EnglishFinding[] => {
  const found: EnglishFinding[] = []
  for (const word of new Set(wordsOf(withoutData(text)))) {
    if (ENGLISH_WORDS.has(word)) found.push({ word, text: text.length > 120 ? `${text.slice(0, 117)}...` : text })
  }
  return found
}
