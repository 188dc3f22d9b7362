'use client'
import { useState } from 'react'
import { DisableForm } from './DisableForm'
import { EnrolmentConfirm } from './EnrolmentConfirm'
import { EnrolmentStart, type Setup } from './EnrolmentStart'
import { RecoveryCodes } from './RecoveryCodes'
import styles from './TwoFactorPanel.module.scss'
import { UI } from './ui-text'

/** The account's own page: enrol (QR, confirm, recovery codes shown once) or disable. */
export const TwoFactorPanel = ({
  enabled,
  recoveryCodesLeft,
  enrolmentRequired,
  email,
}: {
  enabled: boolean
  recoveryCodesLeft: number
  enrolmentRequired: boolean
  email: string
}) => {
  const [setup, setSetup] = useState<Setup | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const [notice, setNotice] = useState('')
  const disabled = () => {
    setNotice(UI.disabled)
    window.location.reload()
  }

  return (
    <section id="two-factor-panel" className={styles.panel}>
      <h1 className={styles.text}>
        {UI.title}: {enabled || codes ? UI.on : UI.off}
      </h1>
      <p className={styles.text}>{UI.intro}</p>
      <p className={styles.text}>
        {UI.account} <strong>{email}</strong>
      </p>
      {enrolmentRequired && !codes ? (
        <p role="status" className={styles.required}>
          {UI.required}
        </p>
      ) : null}
      {notice ? <p role="status">{notice}</p> : null}
      {codes ? (
        <RecoveryCodes codes={codes} />
      ) : enabled ? (
        <DisableForm recoveryCodesLeft={recoveryCodesLeft} onDisabled={disabled} />
      ) : setup ? (
        <EnrolmentConfirm setup={setup} email={email} onCodes={setCodes} />
      ) : (
        <EnrolmentStart onSetup={setSetup} />
      )}
    </section>
  )
}
