import { describe, expect, it } from 'vitest'
import { fingerprintsOf, generatorFingerprints } from '../../cms/features/publishing/fingerprint'
import { THEMES } from '../../themes/index'

const files = (overrides: Record<string, string> = {}) =>
  new Map(
    Object.entries({
      'sites/src/pages/[commune]/index.astro': 'home',
      'themes/families/co-dien.ts': 'family co-dien',
      'themes/schemes/do-co.ts': 'scheme do-co',
      'themes/families/index.ts': 'all families',
      ...overrides,
    }),
  )

const changed = (before: Map<number, string>, after: Map<number, string>) =>
  THEMES.filter((t) => before.get(t.number) !== after.get(t.number)).map((t) => t.number)

describe('generator fingerprint: which sites a code change makes stale', () => {
  it('a shared component makes every theme stale', () => {
    expect(
      changed(fingerprintsOf(files()), fingerprintsOf(files({ 'sites/src/pages/[commune]/index.astro': 'home v2' }))),
    ).toHaveLength(THEMES.length)
  })

  it('one colour scheme makes only the 5 themes using it stale', () => {
    const stale = changed(
      fingerprintsOf(files()),
      fingerprintsOf(files({ 'themes/schemes/do-co.ts': 'scheme do-co v2' })),
    )
    expect(stale).toEqual(THEMES.filter((t) => t.scheme === 'do-co').map((t) => t.number))
    expect(stale).toHaveLength(5)
  })

  it('one layout family makes only its 5 themes stale', () => {
    const stale = changed(
      fingerprintsOf(files()),
      fingerprintsOf(files({ 'themes/families/co-dien.ts': 'family co-dien v2' })),
    )
    expect(stale).toEqual(THEMES.filter((t) => t.family === 'co-dien').map((t) => t.number))
  })

  it('the families index is shared code', () => {
    expect(
      changed(fingerprintsOf(files()), fingerprintsOf(files({ 'themes/families/index.ts': 'all families v2' }))),
    ).toHaveLength(THEMES.length)
  })

  it('the deployed generator has a distinct fingerprint per theme', () => {
    expect(new Set(generatorFingerprints().values()).size).toBe(THEMES.length)
  })
})
