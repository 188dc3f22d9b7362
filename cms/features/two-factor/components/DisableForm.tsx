import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import { CodeInput } from './CodeInput'
import styles from './DisableForm.module.scss'
import { ErrorLine } from './ErrorLine'
import { useTwoFactorPost } from './two-factor-api'
import { UI } from './ui-text'
import { useCodeForm } from './use-code-form'
import { useHydrated } from '../../../admin-ui/use-hydrated'

/** Two-factor sign-in is on: how many recovery codes are left, and turning it off with a current code. */
export const DisableForm = ({
  recoveryCodesLeft,
  onDisabled,
}: {
  recoveryCodesLeft: number
  onDisabled: () => void
}) => {
  const post = useTwoFactorPost()
  const [recovery, setRecovery] = useState(false)
  const hydrated = useHydrated()
  const form = useCodeForm(
    (code) => post('/disable', recovery ? { recoveryCode: code } : { code }),
    () => onDisabled(),
  )
  return (
    <form id="two-factor-disable" onSubmit={(e) => void form.submit(e)} className={styles.form}>
      <p className={styles.text}>{UI.codesLeft(recoveryCodesLeft)}</p>
      <h2 className={styles.text}>{UI.disableTitle}</h2>
      <p className={styles.text}>{UI.disableIntro}</p>
      <CodeInput
        label={recovery ? UI.recoveryLabel : UI.codeLabel}
        value={form.value}
        onChange={form.setValue}
        error={form.error}
      />
      <ErrorLine error={form.error} />
      <div className={styles.buttons}>
        <Button type="submit" buttonStyle="primary" margin={false} disabled={form.busy || !hydrated}>
          {UI.disable}
        </Button>
        <Button buttonStyle="secondary" margin={false} onClick={() => setRecovery(!recovery)}>
          {recovery ? UI.useCode : UI.useRecovery}
        </Button>
      </div>
    </form>
  )
}
