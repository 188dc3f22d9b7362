import { describe, expect, it } from 'vitest'
import { normalizeUnicode, toNFC } from '../../cms/hooks/normalizeUnicode'

const nfd = 'Phường Mỹ Hòa'.normalize('NFD')

describe('Unicode normalisation of stored text', () => {
  it('turns decomposed Vietnamese into NFC, deep inside arrays, groups and rich text', () => {
    const data = {
      title: nfd,
      authors: [{ name: nfd }],
      content: { root: { children: [{ text: nfd }] } },
      count: 3,
      ok: true,
      none: null,
    }
    const out = toNFC(data)
    expect(out.title).toBe('Phường Mỹ Hòa'.normalize('NFC'))
    expect(out.title).not.toBe(nfd)
    expect(out.authors[0]!.name).toBe(out.title)
    expect(out.content.root.children[0]!.text).toBe(out.title)
    expect(out).toMatchObject({ count: 3, ok: true, none: null })
  })

  it('leaves passwords byte for byte', () => {
    const out = normalizeUnicode({ data: { email: 'a@b.vn', password: nfd, name: nfd } } as never) as Record<
      string,
      string
    >
    expect(out.password).toBe(nfd)
    expect(out.name).toBe(nfd.normalize('NFC'))
  })
})
