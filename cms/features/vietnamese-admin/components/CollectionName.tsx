'use client'
import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useConfig, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientProps } from 'payload'
import styles from './CollectionName.module.scss'

/** A collection's name in the admin's language ("Tin tức"), from its slug ("posts"). */
const useCollectionName = (slug: unknown): string => {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  if (typeof slug !== 'string' || !slug) return ''
  const collection = getEntityConfig({ collectionSlug: slug })
  return collection ? getTranslation(collection.labels.singular, i18n) : slug
}

/** The audit log's "Loại dữ liệu" column: the collection's name, not its slug. */
export const CollectionNameCell = ({ cellData }: DefaultCellComponentProps) => (
  <span>{useCollectionName(cellData)}</span>
)

/** The same in the entry's own view (read-only: audit entries are never edited). */
export const CollectionNameField = ({ field, path }: TextFieldClientProps) => {
  const { value } = useField<string>({ path: path ?? field.name })
  return (
    <div className={styles.field}>
      <FieldLabel label={field.label} path={path} />
      <p className={styles.value}>{useCollectionName(value)}</p>
    </div>
  )
}
