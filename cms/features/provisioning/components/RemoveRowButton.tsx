import { Button } from '@payloadcms/ui'
import { useProvisionText } from './provision-text'
import styles from './RemoveRowButton.module.scss'

/**
 * A row's remove button, placed level with the inputs beside it (an empty label above it, as
 * they have). `className` names it for tests; `label` says which row it removes.
 */
export const RemoveRowButton = ({
  className,
  label,
  onClick,
}: {
  className: string
  label: string
  onClick: () => void
}) => {
  const { text } = useProvisionText()
  return (
    <div className={`field-type provision-form__row-action ${styles.action}`}>
      <span className="field-label" aria-hidden="true">
        &nbsp;
      </span>
      <div className={styles.button}>
        <Button
          buttonStyle="secondary"
          size="small"
          margin={false}
          className={className}
          aria-label={`${text.remove}: ${label}`}
          onClick={onClick}
        >
          {text.remove}
        </Button>
      </div>
    </div>
  )
}
