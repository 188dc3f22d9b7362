import { useState } from 'react'
import { ActionDialog } from './ActionDialog'
import styles from './ActionDialog.module.scss'
import { useEditorialText } from './editorial-text'

/**
 * "Trả lại": the chief's comment is required, checked here before anything is sent (and again
 * by the server). The comment reaches the author at the top of the item.
 */
export const ReturnDialog = ({
  open,
  sending,
  onReturn,
  onClose,
}: {
  open: boolean
  sending: boolean
  onReturn: (comment: string) => Promise<boolean>
  onClose: () => void
}) => {
  const { text } = useEditorialText()
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const close = () => {
    setError(null)
    onClose()
  }
  const confirm = async () => {
    const trimmed = comment.trim()
    if (!trimmed) {
      setError(text.returnCommentMissing)
      return
    }
    setError(null)
    if (await onReturn(trimmed)) {
      setComment('')
      onClose()
    } else setError(`${text.failed.return} ${text.seeErrors}`)
  }
  return (
    <ActionDialog
      id="editorial-return-dialog"
      open={open}
      title={text.returnTitle}
      explain={text.returnExplain}
      confirmLabel={text.returnConfirm}
      error={error}
      sending={sending}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <label htmlFor="editorial-return-comment" className={styles.label}>
        {text.returnComment} <span aria-hidden="true">*</span>
      </label>
      <div className="field-type textarea">
        <textarea
          id="editorial-return-comment"
          rows={5}
          maxLength={2000}
          required
          aria-invalid={error ? true : undefined}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
    </ActionDialog>
  )
}
