/**
 * Filters the documents table by type, year and field, in the page (no server): rows carry
 * data-loai / data-nam / data-linh-vuc; the choice is kept in the query string so a filtered
 * list can be bookmarked or shared (/van-ban/?loai=quyet-dinh&nam=2025).
 */
const form = document.getElementById('loc-van-ban') as HTMLFormElement | null
const count = document.getElementById('dem-van-ban')
const rows = [...document.querySelectorAll<HTMLTableRowElement>('.doc-table tbody tr')]
const KEYS = ['loai', 'nam', 'linh-vuc'] as const
// The "Lọc" disclosure of phones: says how many filters are on, and opens when a link brings some.
const panel = document.getElementById('bo-loc-van-ban') as HTMLDetailsElement | null
const activeCount = document.getElementById('so-bo-loc')

function apply() {
  if (!form) return
  const chosen = KEYS.map((k) => [k, (form.elements.namedItem(k) as HTMLSelectElement | null)?.value ?? ''] as const)
  let shown = 0
  for (const row of rows) {
    const match = chosen.every(([k, v]) => !v || row.dataset[k === 'linh-vuc' ? 'linhVuc' : k] === v)
    row.hidden = !match
    if (match) shown++
  }
  const active = chosen.filter(([, v]) => v).length
  if (activeCount) activeCount.textContent = active ? ` (${active})` : ''
  if (count)
    count.textContent =
      shown === rows.length ? `${rows.length} văn bản` : `Hiển thị ${shown} trong ${rows.length} văn bản`
  const params = new URLSearchParams()
  for (const [k, v] of chosen) if (v) params.set(k, v)
  const qs = params.toString()
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname)
}

if (form) {
  const params = new URLSearchParams(location.search)
  for (const k of KEYS) {
    const select = form.elements.namedItem(k) as HTMLSelectElement | null
    const value = params.get(k)
    // Only values the list offers: a stale link falls back to "Tất cả".
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value
  }
  if (panel && KEYS.some((k) => params.get(k))) panel.open = true
  form.addEventListener('change', apply)
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    apply()
  })
  form.addEventListener('reset', () => setTimeout(apply, 0))
  apply()
}

export {}
