import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'
import styles from './CopyButton.module.scss'
import { useProvisionText } from './provision-text'

/** An invitation link in a read-only box, and a button that copies it (or selects it, where copying is refused). */
export const CopyButton = ({ value, label }: { value: string; label: string }) => {
  const { text } = useProvisionText()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const inputId = useId()
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setState('copied')
    } catch {
      // No clipboard API (an insecure origin): select the text so that Ctrl+C copies it.
      const input = document.getElementById(inputId) as HTMLInputElement | null
      input?.select()
      setState(document.execCommand?.('copy') ? 'copied' : 'failed')
    }
  }
  return (
    <span className={styles.copy}>
      <span className={`field-type text ${styles.box}`}>
        <input
          id={inputId}
          className={`provision-result__link ${styles.link}`}
          type="text"
          readOnly
          value={value}
          aria-label={label}
          onFocus={(e) => e.target.select()}
        />
      </span>
      <Button
        className="provision-result__copy"
        buttonStyle="secondary"
        size="small"
        margin={false}
        onClick={() => void copy()}
      >
        {state === 'copied' ? `✓ ${text.copied}` : text.copy}
      </Button>
      {state === 'failed' ? (
        <span role="alert" className={styles.failed}>
          {text.copyFailed}
        </span>
      ) : null}
    </span>
  )
}
