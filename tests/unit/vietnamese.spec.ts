import { describe, it, expect } from 'vitest'
import { foldForSearch, normalizeText, normalizeUnitName, slugify, stripDiacritics } from '../../cms/lib/vietnamese'

describe('normalizeText', () => {
  it('converts to NFC, trims and collapses whitespace', () => {
    const nfd = 'Phường  Mỹ\tBình '.normalize('NFD')
    const out = normalizeText(` ${nfd}\n`)
    expect(out).toBe('Phường Mỹ Bình')
    expect(out).toBe(out.normalize('NFC'))
    expect(out.length).toBe('Phường Mỹ Bình'.normalize('NFC').length)
  })

  it('moves the tone to the first vowel of open oa/oe/uy syllables', () => {
    expect(normalizeText('hoà')).toBe('hòa')
    expect(normalizeText('Hoà')).toBe('Hòa')
    expect(normalizeText('Hoá')).toBe('Hóa')
    expect(normalizeText('hoả')).toBe('hỏa')
    expect(normalizeText('hoã')).toBe('hõa')
    expect(normalizeText('hoạ')).toBe('họa')
    expect(normalizeText('khoẻ')).toBe('khỏe')
    expect(normalizeText('xoè')).toBe('xòe')
    expect(normalizeText('thuỷ')).toBe('thủy')
    expect(normalizeText('Thuỷ')).toBe('Thủy')
    expect(normalizeText('luỹ')).toBe('lũy')
    expect(normalizeText('thuỵ')).toBe('thụy')
    expect(normalizeText('HOÀ')).toBe('HÒA')
    expect(normalizeText('Xã Mỹ Hoà Hưng')).toBe('Xã Mỹ Hòa Hưng')
    expect(normalizeText('Thị trấn Phú Hoà.')).toBe('Thị trấn Phú Hòa.')
  })

  it('handles decomposed (NFD) input too', () => {
    expect(normalizeText('Hoà'.normalize('NFD'))).toBe('Hòa')
  })

  it('leaves closed syllables, other clusters and qu- alone', () => {
    for (const word of [
      'hoàng',
      'toán',
      'Quý',
      'quỳ',
      'Mỹ Quý',
      'Thoại',
      'khuỷu',
      'Huỳnh',
      'Huế',
      'hoặc',
      'hòa',
      'thủy',
      'Quế',
      'giá',
    ]) {
      expect(normalizeText(word)).toBe(word)
    }
  })

  it('is idempotent', () => {
    const once = normalizeText('  Xã  Hoà Lạc ')
    expect(normalizeText(once)).toBe(once)
  })
})

describe('normalizeUnitName', () => {
  it('restores the canonical casing of the type prefix', () => {
    expect(normalizeUnitName('Thị Trấn Long Bình', 'Thị trấn')).toBe('Thị trấn Long Bình')
    expect(normalizeUnitName('thị trấn  Óc Eo', 'Thị trấn')).toBe('Thị trấn Óc Eo')
    expect(normalizeUnitName('PHƯỜNG Mỹ Bình', 'Phường')).toBe('Phường Mỹ Bình')
  })

  it('normalises the rest of the name and leaves names without the prefix', () => {
    expect(normalizeUnitName('Xã Long Hoà', 'Xã')).toBe('Xã Long Hòa')
    expect(normalizeUnitName('Long Bình', 'Thị trấn')).toBe('Long Bình')
    expect(normalizeUnitName('Xãx Bình', 'Xã')).toBe('Xãx Bình')
  })
})

describe('stripDiacritics / foldForSearch', () => {
  it('removes marks and maps đ/Đ', () => {
    expect(stripDiacritics('Phường Đông Xuyên')).toBe('Phuong Dong Xuyen')
    expect(stripDiacritics('đường Ưu Đàm')).toBe('duong Uu Dam')
    expect(stripDiacritics('Hòa'.normalize('NFD'))).toBe('Hoa')
  })

  it('folds case, accents and whitespace', () => {
    expect(foldForSearch('  Thị Trấn   Phú Hoà ')).toBe('thi tran phu hoa')
    expect(foldForSearch('Phú Thạnh')).toBe(foldForSearch('Phú Thành'))
  })
})

describe('slugify', () => {
  it('produces lower-case hyphenated ASCII', () => {
    expect(slugify('Phường Mỹ Bình')).toBe('phuong-my-binh')
    expect(slugify('Thị trấn Óc Eo')).toBe('thi-tran-oc-eo')
    expect(slugify('  Đông Xuyên -- (Long Xuyên)! ')).toBe('dong-xuyen-long-xuyen')
    expect(slugify('Phường 1')).toBe('phuong-1')
    expect(slugify('Hoà'.normalize('NFD'))).toBe('hoa')
    expect(slugify('!!!')).toBe('')
  })
})
