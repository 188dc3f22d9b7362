import styles from './DomainRowField.module.scss'
import { described, FormField } from './FormField'
import { useProvisionText } from './provision-text'
import { RemoveRowButton } from './RemoveRowButton'

/** One domain of the commune, with its remove button. */
export const DomainRowField = ({
  index,
  value,
  error,
  onChange,
  onRemove,
}: {
  index: number
  value: string
  error: string | undefined
  onChange: (value: string) => void
  onRemove: () => void
}) => {
  const { text } = useProvisionText()
  const id = `provision-domain-${index}`
  return (
    <div className={`provision-form__domain-row ${styles.row}`}>
      <div className={styles.input}>
        <FormField id={id} label={`${text.domain} ${index + 1}`} error={error}>
          <input
            {...described(id, error)}
            type="text"
            value={value}
            placeholder={text.domainPlaceholder}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onChange(e.target.value)}
          />
        </FormField>
      </div>
      <RemoveRowButton
        className="provision-form__remove-domain"
        label={`${text.domain} ${index + 1}`}
        onClick={onRemove}
      />
    </div>
  )
}
