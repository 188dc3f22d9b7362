import { Button } from '@payloadcms/ui'
import danger from './danger-buttons.module.scss'
import { fill, useLifecycleText } from './lifecycle-text'
import styles from './RemoveConfirm.module.scss'

/** What a deletion does, and its confirmation: the commune's slug typed by hand. */
export const RemoveConfirm = ({
  name,
  slug,
  typed,
  onType,
  sending,
  onConfirm,
  onCancel,
}: {
  name: string
  slug: string
  typed: string
  onType: (value: string) => void
  sending: boolean
  onConfirm: () => void
  onCancel: () => void
}) => {
  const { text } = useLifecycleText()
  return (
    <fieldset className={`commune-lifecycle__remove ${styles.box}`} aria-label={text.removeOpen}>
      <p className={styles.explain}>{fill(text.removeExplain, { name })}</p>
      <label htmlFor="commune-remove-confirm-slug" className={styles.label}>
        {fill(text.removeType, { slug })}
      </label>
      <div className="field-type text">
        <input
          id="commune-remove-confirm-slug"
          type="text"
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onType(e.target.value)}
        />
      </div>
      <div className={styles.buttons}>
        <Button
          id="commune-remove-confirm"
          buttonStyle="primary"
          className={`commune-lifecycle__danger ${danger.danger}`}
          size="small"
          margin={false}
          disabled={sending || typed.trim() !== slug}
          onClick={onConfirm}
        >
          {text.removeYes}
        </Button>
        <Button
          id="commune-remove-cancel"
          buttonStyle="secondary"
          size="small"
          margin={false}
          disabled={sending}
          onClick={onCancel}
        >
          {text.cancel}
        </Button>
      </div>
    </fieldset>
  )
}
