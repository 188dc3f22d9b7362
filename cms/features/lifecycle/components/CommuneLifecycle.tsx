'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { ActionMessage } from '../../../admin-ui/ActionMessage'
import styles from './CommuneLifecycle.module.scss'
import { LifecycleButtons } from './LifecycleButtons'
import type { LifecycleCommune } from './lifecycle-requests'
import { useLifecycleText } from './lifecycle-text'
import { RemoveConfirm } from './RemoveConfirm'
import { StatusConfirm } from './StatusConfirm'
import { useLifecycleActions } from './use-lifecycle-actions'

/**
 * In the commune's edit view, for the province admin: suspend the commune or resume it
 * (PATCH status, suspend-commune.ts does the rest) and delete it (POST
 * /api/communes/:id/remove, cms/features/lifecycle/remove-endpoint.ts: everything is exported
 * first), each after a confirmation that says what will happen. It reads the saved commune from
 * the document view, so it needs no props.
 */
export const CommuneLifecycle = () => {
  const { user } = useAuth<{ globalRole?: string | null }>()
  const { id, data } = useDocumentInfo()
  if (id === undefined || user?.globalRole !== 'province-admin') return null
  return <LifecycleControls id={id} data={data} />
}

const LifecycleControls = ({ id, data }: { id: number | string; data: unknown }) => {
  const { text } = useLifecycleText()
  const [commune, setCommune] = useState<LifecycleCommune>((data ?? {}) as LifecycleCommune)
  // The document saved again (its data replaced): act on what it now says.
  useEffect(() => {
    if (data) setCommune(data as LifecycleCommune)
  }, [data])
  const actions = useLifecycleActions(id, commune, (status) => setCommune((previous) => ({ ...previous, status })))
  const { confirming, sending } = actions
  const name = commune.name ?? ''
  const status = commune.status ?? 'provisioning'

  return (
    <div className={`commune-lifecycle ${styles.root}`} data-status={status}>
      <div className={`field-label ${styles.label}`}>{text.lifecycle}</div>
      {status === 'suspended' ? (
        <p className={`commune-lifecycle__suspended ${styles.suspended}`}>{text.suspendedNote}</p>
      ) : null}
      {confirming === 'suspend' || confirming === 'resume' ? (
        <StatusConfirm
          kind={confirming}
          name={name}
          sending={sending}
          onConfirm={() => void actions.changeStatus(confirming === 'suspend' ? 'suspended' : 'live')}
          onCancel={actions.cancel}
        />
      ) : confirming === 'remove' ? (
        <RemoveConfirm
          name={name}
          slug={commune.slug ?? ''}
          typed={actions.typed}
          onType={actions.setTyped}
          sending={sending}
          onConfirm={() => void actions.remove()}
          onCancel={actions.cancel}
        />
      ) : actions.removed ? null : (
        <LifecycleButtons status={status} sending={sending} onAsk={actions.ask} />
      )}
      <ActionMessage answer={actions.answer} className={`commune-lifecycle__message ${styles.message}`} />
    </div>
  )
}
