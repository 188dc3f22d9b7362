'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { ClientLimits } from '../limits'
import styles from './UploadSizeGuard.module.scss'
import { useSizeText } from './size-text'

const extensionOf = (name: string) => name.split('.').pop()?.toLowerCase() ?? ''

/**
 * Beside the media upload: a chosen file over its size limit (photos 50 MB, other kinds their
 * own) is taken off the form at once with a Vietnamese message, so it is never sent. The
 * server checks the same limits again.
 */
export const UploadSizeGuard = ({ limits }: { limits: ClientLimits }) => {
  const { text } = useSizeText()
  const file = useFormFields(([fields]) => fields.file?.value)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const [refused, setRefused] = useState<string | null>(null)

  useEffect(() => {
    if (!(file instanceof File)) return
    const limit = limits.extensions[extensionOf(file.name)]
    if (limit === undefined || file.size <= limit) return void setRefused(null)
    const photo = file.type.startsWith('image/')
    setRefused(text.tooLarge(file.name, file.size, limit, photo))
    dispatch({ type: 'UPDATE', path: 'file', value: null })
  }, [file, limits, dispatch, text])

  return (
    <div className={`upload-size-guard ${styles.guard}`}>
      <p className={styles.hint}>{text.photoHint(limits.photoMb)}</p>
      {refused ? (
        <p className={`upload-size-guard__refused ${styles.refused}`} role="alert">
          {refused}
        </p>
      ) : null}
    </div>
  )
}
