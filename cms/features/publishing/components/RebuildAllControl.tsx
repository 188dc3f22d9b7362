import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import styles from './RebuildAllControl.module.scss'
import { useSiteText } from './site-text'

/** "Rebuild all sites", asked twice: it is minutes of work for the server. */
export const RebuildAllControl = ({ sending, onConfirm }: { sending: boolean; onConfirm: () => void }) => {
  const { text } = useSiteText()
  const [confirming, setConfirming] = useState(false)
  if (!confirming)
    return (
      <Button
        id="rebuild-all"
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={sending}
        onClick={() => setConfirming(true)}
      >
        {text.rebuildAll}
      </Button>
    )
  return (
    <fieldset className={`rebuild-panel__confirm ${styles.confirm}`}>
      <span>{text.rebuildAllConfirm}</span>
      <Button
        id="rebuild-all-confirm"
        buttonStyle="error"
        size="small"
        margin={false}
        disabled={sending}
        onClick={() => {
          setConfirming(false)
          onConfirm()
        }}
      >
        {text.confirm}
      </Button>
      <Button
        id="rebuild-all-cancel"
        buttonStyle="secondary"
        size="small"
        margin={false}
        onClick={() => setConfirming(false)}
      >
        {text.cancel}
      </Button>
    </fieldset>
  )
}
