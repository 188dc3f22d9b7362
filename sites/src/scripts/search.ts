/**
 * Static search: fetches this site's /search-index.json once, folds the query the way the
 * index was folded (no diacritics, đ → d), and lists items that contain every word.
 */
import { fold } from '../lib/fold'
import type { SearchItem } from '../lib/search-index'

const MAX_RESULTS = 50
const form = document.querySelector<HTMLFormElement>('.search-page__form')
const input = form?.querySelector<HTMLInputElement>('input[name="q"]')
const status = document.getElementById('trang-thai-tim-kiem')
const list = document.getElementById('ket-qua-tim-kiem')
let index: Promise<SearchItem[]> | undefined

const load = () =>
  (index ??= fetch('/search-index.json').then((r) =>
    r.ok ? (r.json() as Promise<SearchItem[]>) : Promise.reject(new Error(String(r.status))),
  ))
const dateFmt = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

function render(query: string, items: SearchItem[]) {
  if (!status || !list) return
  list.replaceChildren()
  const words = fold(query).split(' ').filter(Boolean)
  if (!words.length) {
    status.textContent = ''
    return
  }
  // Whole syllables: "hoa" finds "Hòa", "Hoà", "hóa", but not "hoạt".
  const padded = (s: string) => ` ${s} `
  const phrase = padded(words.join(' '))
  const hits = items
    .filter((it) => words.every((w) => padded(it.text).includes(padded(w))))
    .map((it) => {
      const title = padded(fold(it.title))
      // Phrase in the title first, then all words in the title, then anywhere.
      const score = title.includes(phrase)
        ? 0
        : words.every((w) => title.includes(padded(w)))
          ? 1
          : padded(it.text).includes(phrase)
            ? 2
            : 3
      return { it, score }
    })
    .sort((a, b) => a.score - b.score || (b.it.date ?? '').localeCompare(a.it.date ?? ''))
  status.textContent = hits.length
    ? `Tìm thấy ${hits.length} kết quả cho “${query}”.`
    : `Không tìm thấy kết quả nào cho “${query}”. Hãy thử từ khóa khác.`
  for (const { it } of hits.slice(0, MAX_RESULTS)) {
    const li = document.createElement('li')
    const a = document.createElement('a')
    a.href = it.url
    a.textContent = it.title
    const meta = document.createElement('span')
    meta.className = 'search-results__meta'
    meta.textContent = it.date ? `${it.type} · ${dateFmt.format(new Date(it.date))}` : it.type
    li.append(a, meta)
    list.append(li)
  }
}

async function run(query: string) {
  if (!status) return
  if (!query.trim()) return render('', [])
  status.textContent = 'Đang tìm…'
  try {
    render(query, await load())
  } catch {
    index = undefined
    status.textContent = 'Không tải được dữ liệu tìm kiếm. Vui lòng thử lại.'
  }
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q') ?? ''
  input.value = initial
  void run(initial)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const q = input.value
    history.replaceState(null, '', q.trim() ? `?q=${encodeURIComponent(q)}` : location.pathname)
    void run(q)
  })
}
