import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import { ErrorLine } from './ErrorLine'
import { useTwoFactorPost } from './two-factor-api'
import { useHydrated } from '../../../admin-ui/use-hydrated'
import { messageOf, UI } from './ui-text'

export type Setup = { secret: string; qr: string }

/** "Start the set-up": the server makes a secret and its QR code. */
export const EnrolmentStart = ({ onSetup }: { onSetup: (setup: Setup) => void }) => {
  const post = useTwoFactorPost()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const hydrated = useHydrated()
  const start = async () => {
    setBusy(true)
    setError('')
    const response = await post('/setup')
    setBusy(false)
    if (!response.ok) return setError(await messageOf(response))
    onSetup((await response.json()) as Setup)
  }
  return (
    <div>
      <ErrorLine error={error} />
      <Button
        id="two-factor-start"
        buttonStyle="primary"
        margin={false}
        disabled={busy || !hydrated}
        onClick={() => void start()}
      >
        {UI.start}
      </Button>
    </div>
  )
}
