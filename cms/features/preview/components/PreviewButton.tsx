'use client'
import { useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useApiBase } from '../../../admin-ui/use-api-base'
import styles from './PreviewButton.module.scss'
import { usePreviewText } from './preview-text'

/**
 * "Xem trước" in the edit view's controls (it replaces Payload's icon-only preview link): opens
 * the saved draft as the commune's site will show it, in a new tab. Each click asks the server
 * for a fresh private link, so a tab left open for hours still previews.
 */
export const PreviewButton = () => {
  const { text } = usePreviewText()
  const { id, collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  const apiBase = useApiBase()
  if (!id || !collectionSlug) return null
  return (
    <a
      id="preview-button"
      className={styles.button}
      href={`${apiBase}/preview/open/${collectionSlug}/${id}`}
      target="_blank"
      rel="noopener"
      title={modified ? text.unsaved : text.hint}
      data-modified={String(modified)}
    >
      {text.preview}
      <span aria-hidden="true"> ↗</span>
    </a>
  )
}
