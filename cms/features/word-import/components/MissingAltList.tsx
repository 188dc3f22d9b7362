'use client'
import { Button, useConfig } from '@payloadcms/ui'
import styles from './ImportWordButton.module.scss'
import { useImportText } from './import-text'
import type { ImportedImage } from './use-word-import'

/** After an import with undescribed images: a link to each (to write its alt text), then the draft. */
export const MissingAltList = ({ images, draftUrl }: { images: ImportedImage[]; draftUrl: string }) => {
  const { text } = useImportText()
  const { config } = useConfig()
  const missing = images.filter((image) => image.needsAlt)
  if (missing.length === 0) return null
  return (
    <div className={`word-import__alt ${styles.alt}`}>
      <p>{text.needAlt}</p>
      <ul>
        {missing.map((image, i) => (
          <li key={String(image.id)}>
            <a href={`${config.routes.admin}/collections/media/${image.id}`} target="_blank" rel="noopener">
              {text.describe(i + 1)}
            </a>
          </li>
        ))}
      </ul>
      <Button id="word-import-open" el="link" to={draftUrl} buttonStyle="primary" size="small" margin={false}>
        {text.open}
      </Button>
    </div>
  )
}
