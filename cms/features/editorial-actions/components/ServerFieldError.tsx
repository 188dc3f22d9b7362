'use client'
import { FieldError, useFormFields } from '@payloadcms/ui'

/**
 * A field's error as the server gave it, shown next to the field even after a draft save:
 * Payload shows field errors only once a form is submitted with validation, which drafts skip,
 * so a refused draft ("Tiêu đề: cần nhập...") would otherwise only reach the toast.
 */
export const ServerFieldError = ({ path }: { path?: string }) => {
  const field = useFormFields(([fields]) => (path ? fields[path] : undefined))
  const message = field && field.valid === false ? field.errorMessage : undefined
  return message ? <FieldError path={path} message={message} showError /> : null
}
