import type { ProvisionResult } from '../provision'
import { CopyButton } from './CopyButton'
import { roleLabel } from './form-model'
import styles from './InvitationsTable.module.scss'
import { useProvisionText } from './provision-text'

/** Who was invited, with their role, and either "emailed" or the link to hand over (shown this once). */
export const InvitationsTable = ({ invitations }: { invitations: ProvisionResult['invitations'] }) => {
  const { text } = useProvisionText()
  const headings: [string, string][] = [
    ['name', text.memberName],
    ['email', text.memberEmail],
    ['role', text.memberRole],
    ['invitation', ''],
  ]
  return (
    <table className={`provision-result__invitations table ${styles.table}`}>
      <thead>
        <tr>
          {headings.map(([key, heading]) => (
            <th key={key}>{heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {invitations.map((inv) => (
          <tr
            key={inv.email}
            className="provision-result__invitation"
            data-email={inv.email}
            data-emailed={String(inv.emailed)}
          >
            <td>{inv.name}</td>
            <td>{inv.email}</td>
            <td>{roleLabel(inv.role, text)}</td>
            <td className={styles.invitation}>
              {inv.link ? (
                <CopyButton value={inv.link} label={`${inv.name} <${inv.email}>`} />
              ) : (
                <span className="provision-result__emailed">✓ {text.emailed}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
