import { AddRowButton } from './AddRowButton'
import { BoardMemberRow } from './BoardMemberRow'
import { FormSection } from './FormSection'
import { useProvisionText } from './provision-text'
import type { ProvisionFormState } from './use-provision-form'

/** The editorial board: one row per person, each invited to set a password. */
export const BoardSection = ({ form }: { form: ProvisionFormState }) => {
  const { text } = useProvisionText()
  const { board, errors } = form
  return (
    <FormSection legend={text.boardSection} hint={text.boardHint} className="provision-form__board">
      {board.rows.map((row, i) => (
        <BoardMemberRow
          key={row.key}
          index={i}
          member={row}
          errors={errors}
          onChange={(patch) => board.change(row.key, patch)}
          onRemove={() => board.remove(row.key)}
        />
      ))}
      <AddRowButton
        id="provision-add-member"
        label={text.addMember}
        onClick={() => board.add((rows) => ({ name: '', email: '', role: rows.length ? 'editor' : 'chief' }))}
      />
    </FormSection>
  )
}
