'use client'
import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'
import { ActionMessage } from '../../../admin-ui/ActionMessage'
import { availableActions, type EditorialAction } from '../actions'
import { ActionDialog } from './ActionDialog'
import { formatVietnamTime, useEditorialText } from './editorial-text'
import { ReturnDialog } from './ReturnDialog'
import { ScheduleDialog } from './ScheduleDialog'
import { useEditorialSituation } from './use-editorial-situation'
import { useWorkflowAction } from './use-workflow-action'
import styles from './WorkflowActions.module.scss'

type Dialog = 'return' | 'schedule' | 'unpublish' | 'archive' | null

/** Publishing keeps Payload's id, which the admin's own tests and shortcuts know. */
const buttonId = (action: EditorialAction) => (action === 'publish' ? 'action-save' : `action-workflow-${action}`)

/**
 * The workflow buttons of the edit view, in place of Payload's publish button: each person gets
 * only the actions their role allows in the item's current state (see availableActions).
 */
export const WorkflowActions = () => {
  const { text } = useEditorialText()
  const { config } = useConfig()
  const { id, collectionSlug, unpublishedVersionCount } = useDocumentInfo()
  const modified = useFormModified()
  const situation = useEditorialSituation()
  const { run, answer, setAnswer, sending } = useWorkflowAction()
  const [dialog, setDialog] = useState<Dialog>(null)
  const actions = availableActions(situation)
  if (actions.length === 0) return null

  const nothingToPublish = situation.live && situation.state === 'published' && !modified && !unpublishedVersionCount
  const click = (action: EditorialAction) => {
    if (action === 'submit' || action === 'publish') void run(action)
    else setDialog(action)
  }
  const confirmed = async (action: 'unpublish' | 'archive') => {
    if (await run(action)) setDialog(null)
  }
  const scheduleUrl = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/schedule-publish`

  return (
    <fieldset className={`editorial-actions ${styles.bar}`} aria-label={text.actionsLabel}>
      {actions.map((action) => (
        <Button
          key={action}
          id={buttonId(action)}
          className={`editorial-actions__${action}`}
          buttonStyle={action === 'publish' || action === 'submit' ? 'primary' : 'secondary'}
          size="medium"
          margin={false}
          type="button"
          disabled={sending || (action === 'publish' && nothingToPublish) || (action === 'schedule' && modified)}
          tooltip={action === 'schedule' && modified ? text.scheduleSaveFirst : undefined}
          onClick={() => click(action)}
        >
          {text.buttons[action]}
        </Button>
      ))}
      <ActionMessage answer={answer} className={`editorial-actions__message ${styles.message}`} />
      <ReturnDialog
        open={dialog === 'return'}
        sending={sending}
        onReturn={(comment) => run('return', { reviewComment: comment })}
        onClose={() => setDialog(null)}
      />
      {id ? (
        <ScheduleDialog
          open={dialog === 'schedule'}
          url={scheduleUrl}
          onScheduled={(at) =>
            setAnswer({ ok: true, message: text.done.schedule.replace('{at}', formatVietnamTime(at)) })
          }
          onClose={() => setDialog(null)}
        />
      ) : null}
      {(['unpublish', 'archive'] as const).map((action) => (
        <ActionDialog
          key={action}
          id={`editorial-${action}-dialog`}
          open={dialog === action}
          title={text.confirmTitle[action] ?? ''}
          explain={text.confirmExplain[action] ?? ''}
          confirmLabel={text.buttons[action]}
          error={null}
          sending={sending}
          onConfirm={() => void confirmed(action)}
          onCancel={() => setDialog(null)}
        />
      ))}
    </fieldset>
  )
}
