'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import { useState } from 'react'
import { useApiBase } from '../../../admin-ui/use-api-base'
import styles from './AccountTwoFactor.module.scss'
import { messageOf, UI } from './ui-text'

/**
 * The account page's "Xác thực hai bước" line: on or off; on one's own account a link to the
 * set-up page; for the province admin on someone else's account with it on, a reset button.
 */
export const AccountTwoFactor = ({ path }: { path: string }) => {
  const { value } = useField<boolean>({ path })
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ id: string | number; globalRole?: string }>()
  const { config } = useConfig()
  const api = useApiBase()
  const [message, setMessage] = useState('')
  const [resetDone, setResetDone] = useState(false)
  const own = id !== undefined && user && String(user.id) === String(id)
  const on = Boolean(value) && !resetDone

  const reset = async () => {
    if (!window.confirm(UI.resetConfirm)) return
    const response = await fetch(`${api}/users/${encodeURIComponent(String(id))}/two-factor/reset`, {
      method: 'POST',
      credentials: 'include',
    })
    if (response.ok) {
      setResetDone(true)
      setMessage(UI.resetDone)
    } else setMessage(await messageOf(response))
  }

  return (
    <div className={`field-type two-factor-status ${styles.status}`}>
      <span className="field-label">{UI.title}</span>
      <p id="two-factor-status" className={styles.state}>
        {on ? UI.on : UI.off}
      </p>
      {own ? (
        <a href={`${config.routes.admin}/two-factor`}>{UI.manage}</a>
      ) : on && user?.globalRole === 'province-admin' ? (
        <Button id="two-factor-reset" buttonStyle="secondary" size="small" margin={false} onClick={() => void reset()}>
          {UI.reset}
        </Button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
