import { Button } from '@payloadcms/ui'
import { type ReactNode, useEffect, useId, useRef } from 'react'
import styles from './ActionDialog.module.scss'
import { useEditorialText } from './editorial-text'

/**
 * A modal dialog (the browser's own <dialog>: focus kept inside, Escape closes it) asking to
 * confirm a workflow action, with what it needs (a comment, a time) and why it was refused.
 */
export const ActionDialog = ({
  id,
  open,
  title,
  explain,
  confirmLabel,
  error,
  sending,
  onConfirm,
  onCancel,
  children,
}: {
  id: string
  open: boolean
  title: string
  explain: string
  confirmLabel: string
  error: string | null
  sending: boolean
  onConfirm: () => void
  onCancel: () => void
  children?: ReactNode
}) => {
  const { text } = useEditorialText()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const errorId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      id={id}
      ref={ref}
      className={`editorial-dialog ${styles.dialog}`}
      aria-labelledby={titleId}
      aria-describedby={error ? errorId : undefined}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <p className={styles.explain}>{explain}</p>
      {children}
      {error ? (
        <p id={errorId} className={`editorial-dialog__error ${styles.error}`} role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.buttons}>
        <Button
          id={`${id}-confirm`}
          buttonStyle="primary"
          size="medium"
          margin={false}
          disabled={sending}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
        <Button id={`${id}-cancel`} buttonStyle="secondary" size="medium" margin={false} onClick={onCancel}>
          {text.cancel}
        </Button>
      </div>
    </dialog>
  )
}
