/**
 * The page tools (components/PageTools.astro): "Nghe bài viết" with the browser's own Vietnamese
 * voice (Web Speech API; the button stays hidden when the browser has none), copy the address,
 * print. Nothing is loaded from elsewhere and nothing is sent anywhere.
 */
import { speechChunks } from '../lib/speech'

const tools = document.querySelector<HTMLElement>('.page-tools')
const status = tools?.querySelector<HTMLElement>('.page-tools__status')
const say = (text: string) => {
  if (status) status.textContent = text
}

const vietnameseVoice = (synth: SpeechSynthesis) =>
  synth.getVoices().find((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith('vi'))

function setUpListening(root: HTMLElement) {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : null
  const group = root.querySelector<HTMLElement>('.page-tools__listen')
  const play = root.querySelector<HTMLButtonElement>('.page-tools__play')
  const stop = root.querySelector<HTMLButtonElement>('.page-tools__stop')
  if (!synth || !group || !play || !stop || typeof SpeechSynthesisUtterance === 'undefined') return
  let state: 'idle' | 'playing' | 'paused' = 'idle'
  const show = (next: typeof state) => {
    state = next
    play.textContent = state === 'playing' ? 'Tạm dừng' : state === 'paused' ? 'Nghe tiếp' : 'Nghe bài viết'
    play.setAttribute('aria-pressed', String(state === 'playing'))
    stop.hidden = state === 'idle'
  }
  const start = () => {
    const voice = vietnameseVoice(synth)
    const parts = [...document.querySelectorAll<HTMLElement>(root.dataset.listen || 'main')]
    if (!voice || !parts.length) return
    synth.cancel()
    // biome-ignore lint/performance/useDomNodeTextContent: read aloud what is shown, as shown (no hidden text, line breaks kept)
    const chunks = speechChunks(parts.map((el) => el.innerText).join('. '))
    chunks.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text)
      utterance.lang = 'vi-VN'
      try {
        utterance.voice = voice
      } catch {
        // A voice the browser does not know as its own: the language alone chooses.
      }
      utterance.rate = 1
      if (i === chunks.length - 1) utterance.onend = () => show('idle')
      synth.speak(utterance)
    })
    show('playing')
  }
  play.addEventListener('click', () => {
    if (state === 'idle') start()
    else if (state === 'playing') {
      synth.pause()
      show('paused')
    } else {
      synth.resume()
      show('playing')
    }
  })
  stop.addEventListener('click', () => {
    synth.cancel()
    show('idle')
  })
  const reveal = () => {
    group.hidden = !vietnameseVoice(synth)
  }
  reveal()
  synth.addEventListener?.('voiceschanged', reveal)
  window.addEventListener('pagehide', () => synth.cancel())
}

async function copyAddress(input: HTMLInputElement) {
  try {
    await navigator.clipboard.writeText(input.value)
  } catch {
    input.select()
    if (!document.execCommand('copy')) return say('Chưa sao chép được: hãy chọn và sao chép liên kết bên dưới.')
  }
  say('Đã sao chép liên kết.')
}

if (tools) {
  setUpListening(tools)
  const copy = tools.querySelector<HTMLButtonElement>('.page-tools__copy')
  const input = tools.querySelector<HTMLInputElement>('.page-tools__url')
  if (copy && input) {
    copy.hidden = false
    copy.addEventListener('click', () => void copyAddress(input))
  }
  const print = tools.querySelector<HTMLButtonElement>('.page-tools__print')
  if (print) {
    print.hidden = false
    print.addEventListener('click', () => window.print())
  }
}
