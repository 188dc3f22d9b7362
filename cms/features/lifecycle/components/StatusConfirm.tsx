import { Button } from '@payloadcms/ui'
import danger from './danger-buttons.module.scss'
import { fill, useLifecycleText } from './lifecycle-text'
import styles from './StatusConfirm.module.scss'

/** "Suspend {name}?" or "Resume {name}?": what will happen, then confirm or cancel. */
export const StatusConfirm = ({
  kind,
  name,
  sending,
  onConfirm,
  onCancel,
}: {
  kind: 'suspend' | 'resume'
  name: string
  sending: boolean
  onConfirm: () => void
  onCancel: () => void
}) => {
  const { text } = useLifecycleText()
  const suspend = kind === 'suspend'
  return (
    <fieldset className={`commune-lifecycle__confirm ${styles.box}`} aria-label={suspend ? text.suspend : text.resume}>
      <p className={styles.question}>{fill(suspend ? text.suspendConfirm : text.resumeConfirm, { name })}</p>
      <div className={styles.buttons}>
        <Button
          id="commune-status-confirm"
          buttonStyle="primary"
          className={suspend ? `commune-lifecycle__danger ${danger.danger}` : undefined}
          size="small"
          margin={false}
          disabled={sending}
          onClick={onConfirm}
        >
          {suspend ? text.suspendYes : text.resumeYes}
        </Button>
        <Button id="commune-status-cancel" buttonStyle="secondary" size="small" margin={false} onClick={onCancel}>
          {text.cancel}
        </Button>
      </div>
    </fieldset>
  )
}
