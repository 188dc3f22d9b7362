import { Button, useConfig } from '@payloadcms/ui'
import styles from './RecoveryCodes.module.scss'
import { UI } from './ui-text'

/** The 10 recovery codes, shown this once, to print or copy. */
export const RecoveryCodes = ({ codes }: { codes: string[] }) => {
  const { config } = useConfig()
  return (
    <div id="two-factor-recovery-codes">
      <h2>{UI.codesTitle}</h2>
      <p>{UI.codesIntro}</p>
      <ol className={styles.codes}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className={styles.buttons}>
        <Button
          buttonStyle="secondary"
          margin={false}
          onClick={() => void navigator.clipboard?.writeText(codes.join('\n'))}
        >
          {UI.copy}
        </Button>
        <Button
          id="two-factor-codes-done"
          buttonStyle="primary"
          margin={false}
          onClick={() => window.location.assign(config.routes.admin)}
        >
          {UI.codesDone}
        </Button>
      </div>
    </div>
  )
}
