/**
 * Word's clipboard HTML has no lists: each item is a paragraph styled `mso-list:l0 level1 lfo1`
 * whose bullet or number is text in a `mso-list:Ignore` span. Imported as it is, the editor
 * gets "·" paragraphs. This turns each run of such paragraphs into real <ul>/<ol>/<li>, nested
 * by level, and drops what cannot be pasted (images pointing at the copier's disk). Tables are
 * plain <table> already and are left to the editor's table feature. Pure DOM: runs in the
 * browser on paste and in unit tests.
 */

const LIST_STYLE = /mso-list:\s*l(\d+)\s+level(\d+)/i
const IGNORED = /mso-list:\s*Ignore/i
const ORDERED_MARKER = /^\(?(?:\d{1,3}|[a-z]|[ivxlcdm]{1,6})[.)]$/i

/** Word's HTML, recognised by its Office namespaces and mso- styles. */
export const isWordHtml = (html: string): boolean =>
  /urn:schemas-microsoft-com:office|class="?Mso|mso-list|ProgId"? content="?Word/i.test(html)

type ListItem = { paragraph: Element; list: string; level: number; ordered: boolean }

const listItemOf = (el: Element): ListItem | null => {
  if (el.tagName !== 'P' && !/^H[1-6]$/.test(el.tagName)) return null
  const match = LIST_STYLE.exec(el.getAttribute('style') ?? '')
  if (!match) return null
  const marker = Array.from(el.querySelectorAll('span')).find((span) => IGNORED.test(span.getAttribute('style') ?? ''))
  const markerText = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim()
  // The marker's wrapper spans (font Symbol…) go with it when they hold nothing else.
  let gone: Element | null = marker ?? null
  while (gone?.parentElement && gone.parentElement !== el && gone.parentElement.textContent === gone.textContent)
    gone = gone.parentElement
  gone?.remove()
  // Word's conditional comments (<![if !supportLists]>) are comments once parsed: no text of the item.
  for (const node of Array.from(el.childNodes)) if (node.nodeType === 8) node.remove()
  return { paragraph: el, list: match[1]!, level: Number(match[2]), ordered: ORDERED_MARKER.test(markerText) }
}

/** The list items in a run of sibling list paragraphs starting at `first`. */
const runFrom = (first: Element): ListItem[] => {
  const run: ListItem[] = []
  let el: Element | null = first
  while (el) {
    const item = listItemOf(el)
    if (!item) break
    run.push(item)
    el = el.nextElementSibling
  }
  return run
}

/** Replaces one run of list paragraphs with nested lists. */
const buildLists = (doc: Document, run: ListItem[]): void => {
  const first = run[0]!.paragraph
  const stack: { list: Element; level: number }[] = []
  for (const item of run) {
    while (stack.length && stack[stack.length - 1]!.level > item.level) stack.pop()
    const top = stack[stack.length - 1]
    if (!top || top.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul')
      if (top) {
        const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'))
        parentItem.appendChild(list)
      } else first.before(list)
      stack.push({ list, level: item.level })
    }
    const li = doc.createElement('li')
    while (item.paragraph.firstChild) li.appendChild(item.paragraph.firstChild)
    stack[stack.length - 1]!.list.appendChild(li)
    item.paragraph.remove()
  }
}

/** Normalises Word's clipboard HTML in place (see the module comment). */
export const normalizeWordHtml = (doc: Document): void => {
  // Images copied from Word point at a temporary file on the copier's computer.
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? ''
    if (!/^(?:https?:|data:image\/)/i.test(src)) img.remove()
  }
  for (const el of Array.from(doc.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6'))) {
    // Document order: the first paragraph of a run takes the whole run with it.
    if (el.isConnected && LIST_STYLE.test(el.getAttribute('style') ?? '')) buildLists(doc, runFrom(el))
  }
}
