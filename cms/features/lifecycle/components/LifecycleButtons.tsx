import { Button } from '@payloadcms/ui'
import danger from './danger-buttons.module.scss'
import styles from './LifecycleButtons.module.scss'
import { useLifecycleText } from './lifecycle-text'

/** Suspend (a live commune) or resume (a suspended one), and delete: each opens its confirmation. */
export const LifecycleButtons = ({
  status,
  sending,
  onAsk,
}: {
  status: string
  sending: boolean
  onAsk: (what: 'suspend' | 'resume' | 'remove') => void
}) => {
  const { text } = useLifecycleText()
  return (
    <div className={styles.buttons}>
      {status === 'suspended' ? (
        <Button
          id="commune-resume"
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={sending}
          onClick={() => onAsk('resume')}
        >
          {text.resume}
        </Button>
      ) : status === 'live' ? (
        <Button
          id="commune-suspend"
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={sending}
          onClick={() => onAsk('suspend')}
        >
          {text.suspend}
        </Button>
      ) : null}
      <Button
        id="commune-remove"
        buttonStyle="secondary"
        className={`commune-lifecycle__danger-outline ${danger.dangerOutline}`}
        size="small"
        margin={false}
        disabled={sending}
        onClick={() => onAsk('remove')}
      >
        {text.removeOpen}
      </Button>
    </div>
  )
}
