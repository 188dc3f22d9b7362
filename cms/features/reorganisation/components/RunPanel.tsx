import { Button } from '@payloadcms/ui'
import type { RunStatus } from '../current-plan'
import { reportLine, runDetail, runHeadline } from './reorganisation-text'
import styles from './RunPanel.module.scss'

type Props = { status: RunStatus | null; busy: boolean; onCancel: () => void }

/** The last run: scheduled (with "Hủy lịch"), its progress while it runs, then its result. */
export const RunPanel = ({ status, busy, onCancel }: Props) => (
  <section className={styles.panel} aria-labelledby="reorganisation-run-title" id="reorganisation-run">
    <h2 id="reorganisation-run-title">Tiến độ thực hiện</h2>
    {!status ? (
      <p>Chưa thực hiện lần nào.</p>
    ) : (
      <div aria-live="polite" data-state={status.state}>
        <p className={styles.headline} role={status.state === 'failed' ? 'alert' : undefined}>
          {runHeadline(status)}
        </p>
        {status.state === 'running' && status.total > 0 && (
          <p className={styles.progress}>
            <label htmlFor="reorganisation-progress">Tiến độ</label>
            <progress id="reorganisation-progress" value={status.done} max={status.total}>
              {status.done}/{status.total}
            </progress>
            <span>
              {status.done}/{status.total}
            </span>
          </p>
        )}
        {runDetail(status) && <p>{runDetail(status)}</p>}
        {reportLine(status) && <p>{reportLine(status)}</p>}
        {status.state === 'scheduled' && status.at && (
          <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={onCancel}>
            Hủy lịch
          </Button>
        )}
        {status.lines.length > 0 && (
          <details className={styles.lines}>
            <summary>Nhật ký thực hiện ({status.lines.length} dòng gần nhất)</summary>
            <ul>
              {status.lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines are appended, never reordered
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
    )}
  </section>
)
