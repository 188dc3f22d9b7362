import styles from './ActionMessage.module.scss'

export type ActionAnswer = { ok: boolean; message: string }

/**
 * The one-line answer to an action (queued, suspended, refused...), read out by screen readers;
 * green when it went through, red when refused. `className` names it for tests and places it.
 */
export const ActionMessage = ({ answer, className }: { answer: ActionAnswer | null; className: string }) =>
  answer ? (
    <p className={`${className} ${styles.message}`} role="status" data-ok={String(answer.ok)}>
      {answer.message}
    </p>
  ) : null
