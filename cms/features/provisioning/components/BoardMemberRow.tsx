import styles from './BoardMemberRow.module.scss'
import type { MemberRow, Role } from './form-model'
import { described, FormField } from './FormField'
import { FormSelect } from './FormSelect'
import { useProvisionText } from './provision-text'
import { RemoveRowButton } from './RemoveRowButton'

/** One member of the board: name, email, role, and the row's remove button. */
export const BoardMemberRow = ({
  index,
  member,
  errors,
  onChange,
  onRemove,
}: {
  index: number
  member: MemberRow
  errors: Record<string, string>
  onChange: (patch: Partial<MemberRow>) => void
  onRemove: () => void
}) => {
  const { text } = useProvisionText()
  const id = `provision-member-${index}`
  return (
    <fieldset className={`provision-form__member-row ${styles.row}`} aria-label={`${text.boardSection} ${index + 1}`}>
      <FormField id={`${id}-name`} label={text.memberName} error={errors[`${id}-name`]}>
        <input
          {...described(`${id}-name`, errors[`${id}-name`])}
          type="text"
          value={member.name}
          autoComplete="off"
          onChange={(e) => onChange({ name: e.target.value })}
        />
      </FormField>
      <FormField id={`${id}-email`} label={text.memberEmail} error={errors[`${id}-email`]}>
        <input
          {...described(`${id}-email`, errors[`${id}-email`])}
          type="email"
          value={member.email}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange({ email: e.target.value })}
        />
      </FormField>
      <FormField id={`${id}-role`} label={text.memberRole} error={errors[`${id}-role`]}>
        <FormSelect
          id={`${id}-role`}
          error={errors[`${id}-role`]}
          value={member.role}
          onChange={(role) => onChange({ role: role as Role })}
        >
          <option value="chief">{text.roleChief}</option>
          <option value="editor">{text.roleEditor}</option>
          <option value="contributor">{text.roleContributor}</option>
        </FormSelect>
      </FormField>
      <RemoveRowButton
        className="provision-form__remove-member"
        label={`${text.boardSection} ${index + 1}`}
        onClick={onRemove}
      />
    </fieldset>
  )
}
