/**
 * The public bulletin board's screen (issue 14): the clock, the province's emergency alerts
 * pinned at the top, and the board's items one at a time, each with a QR code to its page.
 * Reads /bang-tin.json every few seconds; keeps the last good content (in memory and in
 * localStorage) when the network is down, and says since when. No cookies.
 */
import QRCode from 'qrcode'
import { BULLETIN_FEED, BULLETIN_REGION_PARAM, type BulletinFeed, type BulletinItem } from '../../../contract/bulletin'

const POLL_MS = 5_000
/** A screen left on for days picks up a new build of its page (when the network is up). */
const RELOAD_MS = 6 * 3600_000
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']
const KIND_LABEL = { alert: 'Cảnh báo', announcement: 'Thông báo', news: 'Tin tức' } as const
const LEVEL_LABEL = { emergency: 'Khẩn cấp', important: 'Quan trọng', info: '' } as const

const params = new URLSearchParams(location.search)
const seconds = Math.min(300, Math.max(2, Number(params.get('giay') || document.body.dataset.rotate) || 12))
const region = params.get(BULLETIN_REGION_PARAM)
const feedUrl = `${BULLETIN_FEED}${region ? `?${BULLETIN_REGION_PARAM}=${encodeURIComponent(region)}` : ''}`
const storeKey = `bang-tin:${feedUrl}`

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!
const stage = $('[data-stage]')
const pinned = $('[data-pinned]')
const status = $('[data-status]')
const counter = $('[data-counter]')

let feed: BulletinFeed | null = null
let savedAt = 0
let showing: string | null = null

/** Vietnam time (UTC+7, no daylight saving), whatever the screen's own time zone. */
const vietnam = (ms: number) => {
  const d = new Date(ms + 7 * 3600_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return {
    time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
    seconds: two(d.getUTCSeconds()),
    date: `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
    weekday: WEEKDAYS[d.getUTCDay()]!,
  }
}
const when = (iso: string) => {
  const v = vietnam(Date.parse(iso))
  return `${v.time} ngày ${v.date}`
}

const tickClock = () => {
  const now = vietnam(Date.now())
  $('[data-time]').textContent = now.time
  $('[data-clock-seconds]').textContent = now.seconds
  $('[data-date]').textContent = `${now.weekday}, ${now.date}`
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

const isCurrent = (item: BulletinItem, now: number) =>
  !(Date.parse(item.start ?? '') > now) && !(Date.parse(item.end ?? '') <= now)
const current = () => (feed?.items ?? []).filter((i) => isCurrent(i, Date.now()))
const isPinned = (i: BulletinItem) => i.kind === 'alert' && i.level === 'emergency'

const qrCache = new Map<string, Promise<string>>()
const qrSvg = (link: string) => {
  let svg = qrCache.get(link)
  if (!svg) {
    svg = QRCode.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
    qrCache.set(link, svg)
  }
  return svg
}

const metaLine = (item: BulletinItem) => {
  const meta = el('p', 'item__meta')
  if (LEVEL_LABEL[item.level]) meta.append(el('span', `badge badge--${item.level}`, LEVEL_LABEL[item.level]))
  meta.append(el('span', 'item__kind', KIND_LABEL[item.kind]))
  meta.append(el('span', 'item__unit', item.unit))
  const time = item.end ? `Hiệu lực đến ${when(item.end)}` : item.start ? `${when(item.start)}` : ''
  if (time) meta.append(el('span', 'item__when', time))
  return meta
}

const sideOf = (item: BulletinItem) => {
  const side = el('div', 'item__side')
  // Images of other hosts (a region's communes) are outside the sites' CSP: only the site's own.
  if (item.image && new URL(item.image, location.href).origin === location.origin) {
    const img = el('img', 'item__image')
    img.src = item.image
    img.alt = ''
    img.addEventListener('error', () => img.remove())
    side.append(img)
  }
  if (item.link) {
    const figure = el('figure', 'item__qr')
    figure.dataset.qrLink = item.link
    const code = el('div', 'item__qr-code')
    figure.append(code, el('figcaption', 'item__qr-caption', 'Quét mã để xem chi tiết'))
    side.append(figure)
    void qrSvg(item.link).then((svg) => {
      code.innerHTML = svg
    })
  }
  return side
}

const itemView = (item: BulletinItem, className: string) => {
  const article = el('article', `${className} item--${item.level} item--${item.kind}`)
  article.dataset.itemId = item.id
  const main = el('div', 'item__body')
  main.append(metaLine(item), el('h2', 'item__title', item.title), el('p', 'item__text', item.text))
  article.append(main, sideOf(item))
  return article
}

const renderPinned = (items: BulletinItem[]) => {
  pinned.hidden = items.length === 0
  pinned.replaceChildren(
    ...items.map((i) => {
      const row = el('div', 'pinned__item')
      row.dataset.itemId = i.id
      row.append(el('strong', 'pinned__label', 'KHẨN CẤP'), el('span', 'pinned__title', i.title))
      row.append(el('span', 'pinned__text', i.text))
      return row
    }),
  )
}

/** Shows the item after the one on screen (or the same one, refreshed); `advance` false keeps it. */
const show = (advance: boolean) => {
  const items = current()
  renderPinned(items.filter(isPinned))
  const rotation = items.filter((i) => !isPinned(i))
  if (!rotation.length) {
    showing = null
    counter.textContent = ''
    const empty = feed ? 'Hiện chưa có thông báo, tin tức mới.' : 'Đang tải bảng tin…'
    if (!items.length) stage.replaceChildren(el('p', 'board__empty', empty))
    else stage.replaceChildren()
    return
  }
  const at = rotation.findIndex((i) => i.id === showing)
  const next = at === -1 ? 0 : (at + (advance ? 1 : 0)) % rotation.length
  const item = rotation[next]!
  showing = item.id
  stage.replaceChildren(itemView(item, 'item'))
  stage.style.setProperty('--rotation-seconds', `${seconds}s`)
  counter.textContent = `${next + 1}/${rotation.length}`
}

const showStatus = (online: boolean) => {
  status.dataset.offline = String(!online)
  if (online) status.textContent = ''
  else if (savedAt) status.textContent = `Mất kết nối, đang hiển thị nội dung lúc ${vietnam(savedAt).time}`
  else status.textContent = 'Mất kết nối, bảng tin sẽ tự cập nhật khi có mạng'
}

const takeFeed = (next: BulletinFeed) => {
  const changed = JSON.stringify(next) !== JSON.stringify(feed)
  feed = next
  if (next.board?.name) $('[data-board-name]').textContent = next.board.name
  if (changed) show(false)
}

const refresh = async () => {
  try {
    const reply = await fetch(feedUrl, { cache: 'no-cache', credentials: 'omit' })
    if (!reply.ok) throw new Error(String(reply.status))
    const next = (await reply.json()) as BulletinFeed
    if (next.format !== 'bang-tin' || !Array.isArray(next.items)) throw new Error('not a board')
    savedAt = Date.now()
    try {
      localStorage.setItem(storeKey, JSON.stringify({ savedAt, feed: next }))
    } catch {
      // A full or disabled storage: the board still works from memory.
    }
    takeFeed(next)
    showStatus(true)
  } catch {
    showStatus(false)
  }
}

const restore = () => {
  try {
    const stored = JSON.parse(localStorage.getItem(storeKey) ?? 'null') as {
      savedAt: number
      feed: BulletinFeed
    } | null
    if (stored?.feed?.format === 'bang-tin') {
      savedAt = stored.savedAt
      takeFeed(stored.feed)
    }
  } catch {
    // Nothing kept, or not readable: wait for the network.
  }
}

tickClock()
setInterval(tickClock, 1_000)
restore()
void refresh()
setInterval(() => void refresh(), POLL_MS)
setInterval(() => show(true), seconds * 1_000)
setTimeout(() => navigator.onLine && location.reload(), RELOAD_MS)
document.addEventListener('click', () => void document.documentElement.requestFullscreen?.().catch(() => undefined))
if ('serviceWorker' in navigator)
  navigator.serviceWorker.register('/bang-tin/sw.js', { scope: '/bang-tin/' }).catch(() => undefined)
