import type { Theme } from './form-model'
import { FormField } from './FormField'
import { FormSelect } from './FormSelect'
import { useProvisionText } from './provision-text'
import type { ProvisionFormState } from './use-provision-form'

/** The site's theme, by number (the 25 themes of themes/). */
export const ThemeField = ({ form, themes }: { form: ProvisionFormState; themes: Theme[] }) => {
  const { text } = useProvisionText()
  const error = form.errors['provision-theme']
  return (
    <FormField id="provision-theme" label={text.theme} error={error} required>
      <FormSelect
        id="provision-theme"
        error={error}
        value={form.unit.theme}
        onChange={(theme) => form.setUnit((current) => ({ ...current, theme }))}
      >
        <option value="">{text.chooseTheme}</option>
        {themes.map((t) => (
          <option key={t.number} value={String(t.number)}>
            {t.number}. {t.name}
          </option>
        ))}
      </FormSelect>
    </FormField>
  )
}
