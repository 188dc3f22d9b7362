'use client'
import { WORKFLOW_LABELS } from '../../../fields/workflow'
import { useEditorialText } from './editorial-text'
import { useEditorialSituation } from './use-editorial-situation'
import styles from './WorkflowStatusBadge.module.scss'

/**
 * The header's status, in place of Payload's "draft/published": the editorial state of the
 * latest version ("Chờ duyệt" once submitted), and whether a published version is still live
 * beside a newer draft.
 */
export const WorkflowStatusBadge = () => {
  const { text, lang } = useEditorialText()
  const { state, live } = useEditorialSituation()
  return (
    <div className={`editorial-status ${styles.status}`}>
      <span className={styles.label}>{text.statusLabel}:</span>
      <span className={`editorial-status__badge ${styles.badge}`} data-state={state}>
        {WORKFLOW_LABELS[state][lang]}
      </span>
      {live && state !== 'published' ? (
        <span className={`editorial-status__live ${styles.live}`}>{text.liveNote}</span>
      ) : null}
    </div>
  )
}
