import { AddRowButton } from './AddRowButton'
import { DomainRowField } from './DomainRowField'
import { FieldError } from './FieldError'
import { FormSection } from './FormSection'
import { useProvisionText } from './provision-text'
import type { ProvisionFormState } from './use-provision-form'

/** The commune's own domains, none or several (the site always has its address by slug). */
export const DomainsSection = ({ form }: { form: ProvisionFormState }) => {
  const { text } = useProvisionText()
  const { domains, errors } = form
  return (
    <FormSection
      legend={text.domainsSection}
      hint={text.domainsHint}
      hintId="provision-domains-hint"
      className="provision-form__domains"
    >
      {errors['provision-domains'] ? (
        <FieldError id="provision-domains-error">{errors['provision-domains']}</FieldError>
      ) : null}
      {domains.rows.map((row, i) => (
        <DomainRowField
          key={row.key}
          index={i}
          value={row.value}
          error={errors[`provision-domain-${i}`]}
          onChange={(value) => domains.change(row.key, { value })}
          onRemove={() => domains.remove(row.key)}
        />
      ))}
      <AddRowButton
        id="provision-add-domain"
        label={text.addDomain}
        onClick={() => domains.add(() => ({ value: '' }))}
      />
    </FormSection>
  )
}
