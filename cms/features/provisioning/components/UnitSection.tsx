import type { ProvisionFormState } from './use-provision-form'
import { type CommuneType, type District, type Theme, typeOfName } from './form-model'
import { DistrictField } from './DistrictField'
import { described, FormField } from './FormField'
import { FormSection } from './FormSection'
import { FormSelect } from './FormSelect'
import { useProvisionText } from './provision-text'
import { ThemeField } from './ThemeField'
import styles from './UnitSection.module.scss'

/** The commune's own facts: name, type (read from the name as it is typed), official code, district, theme. */
export const UnitSection = ({
  form,
  districts,
  districtsFailed,
  themes,
}: {
  form: ProvisionFormState
  districts: District[] | null
  districtsFailed: boolean
  themes: Theme[]
}) => {
  const { text } = useProvisionText()
  const { unit, errors } = form
  const set = (patch: Partial<typeof unit>) => form.setUnit((current) => ({ ...current, ...patch }))
  return (
    <FormSection legend={text.unitSection}>
      <div className={styles.grid}>
        <FormField id="provision-name" label={text.name} error={errors['provision-name']} required>
          <input
            {...described('provision-name', errors['provision-name'])}
            type="text"
            value={unit.name}
            placeholder={text.namePlaceholder}
            autoComplete="off"
            onChange={(e) => set({ name: e.target.value, ...pickType(e.target.value) })}
          />
        </FormField>
        <FormField id="provision-type" label={text.type} error={errors['provision-type']} required>
          <FormSelect
            id="provision-type"
            error={errors['provision-type']}
            value={unit.type}
            onChange={(type) => set({ type: type as CommuneType })}
          >
            <option value="xa">{text.typeXa}</option>
            <option value="phuong">{text.typePhuong}</option>
            <option value="thi-tran">{text.typeThiTran}</option>
          </FormSelect>
        </FormField>
        <FormField id="provision-code" label={text.code} error={errors['provision-code']} required hint={text.codeHint}>
          <input
            {...described('provision-code', errors['provision-code'], true)}
            type="text"
            inputMode="numeric"
            maxLength={5}
            value={unit.code}
            autoComplete="off"
            onChange={(e) => set({ code: e.target.value })}
          />
        </FormField>
        <DistrictField form={form} districts={districts} failed={districtsFailed} />
        <ThemeField form={form} themes={themes} />
      </div>
    </FormSection>
  )
}

/** A name that says its type ("Phường …") sets the type; any other name leaves it as it was. */
const pickType = (name: string): { type?: CommuneType } => {
  const type = typeOfName(name)
  return type ? { type } : {}
}
