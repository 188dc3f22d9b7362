/**
 * TEMPORARY stand-in for `themes/index.ts` (written concurrently by another engineer), with the
 * same API: THEMES, themeByNumber(n), themeCss(slug), themesCss(). Delete once themes/ exists;
 * `src/theme.ts` is the only importer.
 */
export type ThemeFamily = 'co-dien' | 'cong-thong-tin' | 'tap-chi' | 'gon-nhe' | 'hanh-chinh'
export type Theme = { number: number; slug: string; name: string; family: ThemeFamily; familyName: string; scheme: string }

const FAMILIES: { slug: ThemeFamily; name: string; fontBody: string; fontHeading: string; radius: string; max: string }[] = [
  { slug: 'co-dien', name: 'Cổ điển', fontBody: 'Georgia, "Times New Roman", serif', fontHeading: 'Georgia, "Times New Roman", serif', radius: '2px', max: '72rem' },
  { slug: 'cong-thong-tin', name: 'Cổng thông tin', fontBody: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif', fontHeading: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif', radius: '4px', max: '80rem' },
  { slug: 'tap-chi', name: 'Tạp chí', fontBody: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif', fontHeading: 'Georgia, "Times New Roman", serif', radius: '8px', max: '76rem' },
  { slug: 'gon-nhe', name: 'Gọn nhẹ', fontBody: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif', fontHeading: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif', radius: '6px', max: '68rem' },
  { slug: 'hanh-chinh', name: 'Hành chính', fontBody: 'Arial, "Helvetica Neue", sans-serif', fontHeading: 'Arial, "Helvetica Neue", sans-serif', radius: '0', max: '70rem' },
]

const SCHEMES: { slug: string; name: string; brand: string; brandDark: string; accent: string; tint: string }[] = [
  { slug: 'do-co', name: 'Đỏ cờ', brand: '#a4161a', brandDark: '#7a0f12', accent: '#f2c230', tint: '#fbf3f2' },
  { slug: 'xanh-duong', name: 'Xanh dương', brand: '#0b4f9c', brandDark: '#083a73', accent: '#f2c230', tint: '#f1f5fb' },
  { slug: 'xanh-la', name: 'Xanh lá', brand: '#1d6b3a', brandDark: '#14502b', accent: '#e9b949', tint: '#f1f7f2' },
  { slug: 'nau-dat', name: 'Nâu đất', brand: '#7a4a1e', brandDark: '#5a3614', accent: '#e0a43a', tint: '#f8f3ee' },
  { slug: 'xanh-ngoc', name: 'Xanh ngọc', brand: '#0f6466', brandDark: '#0a4a4b', accent: '#f4b942', tint: '#eff7f7' },
]

export const THEMES: Theme[] = FAMILIES.flatMap((f, fi) =>
  SCHEMES.map((s, si) => ({ number: fi * 5 + si + 1, slug: `${f.slug}-${s.slug}`, name: `${f.name} – ${s.name}`, family: f.slug, familyName: f.name, scheme: s.slug })),
)

export const themeByNumber = (n: number): Theme => THEMES.find((t) => t.number === n) ?? THEMES[0]!

export function themeCss(slug: string): string {
  const t = THEMES.find((x) => x.slug === slug) ?? THEMES[0]!
  const f = FAMILIES.find((x) => x.slug === t.family)!
  const s = SCHEMES.find((x) => x.slug === t.scheme)!
  const tokens: Record<string, string> = {
    '--x-color-bg': '#ffffff',
    '--x-color-text': '#1c1b1a',
    '--x-color-muted': '#595550',
    '--x-color-surface': s.tint,
    '--x-color-text-on-surface': '#1c1b1a',
    '--x-color-border': '#d4cfc9',
    '--x-color-primary': s.brand,
    '--x-color-on-primary': '#ffffff',
    '--x-color-link': s.brand,
    '--x-color-link-on-surface': s.brandDark,
    '--x-color-header-bg': t.family === 'gon-nhe' ? '#ffffff' : s.brand,
    '--x-color-header-text': t.family === 'gon-nhe' ? s.brandDark : '#ffffff',
    '--x-color-nav-bg': s.brandDark,
    '--x-color-nav-text': '#ffffff',
    '--x-color-nav-active-bg': s.accent,
    '--x-color-nav-active-text': '#1c1b1a',
    '--x-color-footer-bg': '#222222',
    '--x-color-footer-text': '#f2f2f2',
    '--x-color-accent': s.accent,
    '--x-color-on-accent': '#1c1b1a',
    '--x-color-alert-bg': '#fff3c4',
    '--x-color-alert-text': '#4d3800',
    '--x-color-emergency-bg': '#b3261e',
    '--x-color-emergency-text': '#ffffff',
    '--x-color-focus': '#1a56db',
    '--x-color-badge-bg': s.brandDark,
    '--x-color-badge-text': '#ffffff',
    '--x-font-body': f.fontBody,
    '--x-font-heading': f.fontHeading,
    '--x-font-size-base': t.family === 'hanh-chinh' ? '1.125rem' : '1rem',
    '--x-font-size-h1': t.family === 'hanh-chinh' ? '2.5rem' : '2rem',
    '--x-font-size-h2': '1.5rem',
    '--x-font-size-h3': '1.2rem',
    '--x-line-height': '1.6',
    '--x-radius': f.radius,
    '--x-space-1': '0.25rem',
    '--x-space-2': '0.5rem',
    '--x-space-3': '1rem',
    '--x-space-4': '2rem',
    '--x-layout-max-width': f.max,
    '--x-layout-sidebar': '16rem',
  }
  const body = Object.entries(tokens)
    .map(([k, v]) => `${k}:${v}`)
    .join(';')
  return `@layer theme{[data-theme="${t.slug}"]{${body}}}`
}

export const themesCss = (): string => THEMES.map((t) => themeCss(t.slug)).join('\n')
