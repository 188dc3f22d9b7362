import { describe, expect, it } from 'vitest'
import { MediaCollector } from '../../cms/features/publishing/snapshot/media'

const picture = (tenant: number | { id: number } | null, filename: string) => ({
  tenant,
  filename,
  mimeType: 'image/jpeg',
  width: 800,
  height: 600,
  alt: 'Ảnh',
  sizes: { card: { filename: `${filename}-card.webp`, width: 400, height: 300 } },
})

describe('MediaCollector: only the commune’s own files reach its site', () => {
  it('takes the commune’s own pictures and files, and the province’s (no commune)', () => {
    const media = new MediaCollector(7)
    expect(media.image(picture(7, 'own.jpg'))?.src).toBe('/media/own.jpg')
    expect(media.image(picture({ id: 7 }, 'own-populated.jpg'))?.src).toBe('/media/own-populated.jpg')
    expect(media.image(picture(null, 'province.jpg'))?.src).toBe('/media/province.jpg')
    expect(media.files([{ ...picture(7, 'own.pdf'), mimeType: 'application/pdf' }])).toHaveLength(1)
    expect(media.filenames.sort()).toEqual(
      [
        'own-populated.jpg',
        'own-populated.jpg-card.webp',
        'own.jpg',
        'own.jpg-card.webp',
        'own.pdf',
        'province.jpg',
        'province.jpg-card.webp',
      ].sort(),
    )
  })

  it('leaves out another commune’s picture or file, and never copies it', () => {
    const media = new MediaCollector(7)
    expect(media.image(picture(8, 'other.jpg'))).toBeNull()
    expect(media.image(picture({ id: 8 }, 'other-populated.jpg'))).toBeNull()
    expect(media.files([{ ...picture(8, 'other.pdf'), mimeType: 'application/pdf' }, picture(7, 'mine.jpg')])).toEqual([
      expect.objectContaining({ filename: 'mine.jpg' }),
    ])
    expect(media.filenames).toEqual(['mine.jpg'])
  })
})
