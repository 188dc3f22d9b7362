import type { District } from './form-model'
import { FormField } from './FormField'
import { FormSelect } from './FormSelect'
import { useProvisionText } from './provision-text'
import type { ProvisionFormState } from './use-provision-form'

/**
 * The district (or region) the commune belongs to, by its code, or none: since 2025-07-01 there
 * are no districts. The list comes from the API.
 */
export const DistrictField = ({
  form,
  districts,
  failed,
}: {
  form: ProvisionFormState
  districts: District[] | null
  failed: boolean
}) => {
  const { text } = useProvisionText()
  const error = form.errors['provision-district']
  return (
    <FormField
      id="provision-district"
      label={text.district}
      error={error ?? (failed ? text.districtsFailed : undefined)}
      hint={text.districtHint}
    >
      <FormSelect
        id="provision-district"
        error={error}
        hint
        value={form.unit.district}
        disabled={!districts}
        onChange={(district) => form.setUnit((current) => ({ ...current, district }))}
      >
        <option value="">{text.noDistrict}</option>
        {(districts ?? []).map((d) => (
          <option key={d.id} value={d.code}>
            {d.name}
          </option>
        ))}
      </FormSelect>
    </FormField>
  )
}
