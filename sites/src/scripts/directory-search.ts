/**
 * The province directory's search: filters the communes as the citizen types, with or without
 * diacritics ("my binh" finds "Phường Mỹ Bình", a district's name its communes). Each entry and
 * each district carries its folded name in data-ten; the box is `hidden` in the HTML and shown
 * here, so without script nothing is dead.
 */
import { fold } from '../lib/fold'

const form = document.getElementById('tim-don-vi-form') as HTMLFormElement | null
const input = document.getElementById('tim-don-vi') as HTMLInputElement | null
const status = document.getElementById('dem-don-vi')
const groups = [...document.querySelectorAll<HTMLElement>('.directory-district')]

function apply() {
  if (!input || !status) return
  const words = fold(input.value).split(' ').filter(Boolean)
  let shown = 0
  for (const group of groups) {
    let inGroup = 0
    // A district's name finds all its communes ("long xuyen").
    const groupName = ` ${group.dataset.ten ?? ''} `
    const wholeGroup = words.length > 0 && words.every((w) => groupName.includes(` ${w}`))
    for (const li of group.querySelectorAll<HTMLElement>('li[data-ten]')) {
      const name = ` ${li.dataset.ten ?? ''} `
      const match = wholeGroup || words.every((w) => name.includes(` ${w}`))
      li.hidden = !match
      if (match) inGroup++
    }
    group.hidden = inGroup === 0
    shown += inGroup
  }
  status.textContent = words.length
    ? shown
      ? `Tìm thấy ${shown} đơn vị.`
      : 'Không tìm thấy đơn vị nào; hãy thử gõ ít chữ hơn.'
    : ''
}

if (form && input) {
  form.hidden = false
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    apply()
  })
  input.addEventListener('input', apply)
  apply()
}
