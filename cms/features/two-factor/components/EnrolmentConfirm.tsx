import { Button } from '@payloadcms/ui'
import { CodeInput } from './CodeInput'
import styles from './EnrolmentConfirm.module.scss'
import type { Setup } from './EnrolmentStart'
import { ErrorLine } from './ErrorLine'
import { useTwoFactorPost } from './two-factor-api'
import { UI } from './ui-text'
import { useCodeForm } from './use-code-form'

/** Step 1: scan the QR code (or type the secret); step 2: a code from the app turns it on. */
export const EnrolmentConfirm = ({
  setup,
  email,
  onCodes,
}: {
  setup: Setup
  email: string
  onCodes: (codes: string[]) => void
}) => {
  const post = useTwoFactorPost()
  const form = useCodeForm(
    (code) => post('/confirm', { code }),
    (response) => void response.json().then((body: { recoveryCodes: string[] }) => onCodes(body.recoveryCodes)),
  )
  return (
    <form id="two-factor-confirm" onSubmit={(e) => void form.submit(e)} className={styles.form}>
      <p className={styles.text}>{UI.scan}</p>
      {/* biome-ignore lint/performance/noImgElement: an inline data: SVG made by the server; there is nothing for next/image to optimise */}
      <img
        id="two-factor-qr"
        src={setup.qr}
        alt={`Mã QR cài đặt xác thực hai bước cho ${email}`}
        width={220}
        height={220}
        className={styles.qr}
      />
      <p className={styles.text}>
        {UI.manual}{' '}
        <code id="two-factor-secret" className={styles.secret}>
          {setup.secret}
        </code>
      </p>
      <p className={styles.text}>{UI.confirmStep}</p>
      <CodeInput label={UI.codeLabel} value={form.value} onChange={form.setValue} error={form.error} />
      <ErrorLine error={form.error} />
      <Button type="submit" buttonStyle="primary" margin={false} disabled={form.busy}>
        {UI.confirm}
      </Button>
    </form>
  )
}
