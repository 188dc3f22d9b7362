'use client'
import { Button } from '@payloadcms/ui'
import { ActionMessage } from '../../../admin-ui/ActionMessage'
import type { RunStatus } from '../current-plan'
import type { Plan } from '../plan'
import { PlanFile } from './PlanFile'
import { PlanProblems } from './PlanProblems'
import { PlanUnitsTable } from './PlanUnitsTable'
import styles from './ReorganisationDashboard.module.scss'
import { planSummary } from './reorganisation-text'
import { RunPanel } from './RunPanel'
import { ScheduleForm } from './ScheduleForm'
import { isActive, useReorganisation } from './use-reorganisation'

type Props = { initialPlan: Plan | null; initialStatus: RunStatus | null; apiRoute: string; sitesDomain: string }

const confirmed = (question: string) => typeof window !== 'undefined' && window.confirm(question)

/** The "Sắp xếp đơn vị hành chính" page: the actions, the run, the plan and its problems. */
export const ReorganisationDashboard = ({ initialPlan, initialStatus, apiRoute, sitesDomain }: Props) => {
  const r = useReorganisation(apiRoute, initialPlan, initialStatus)
  const { plan, status } = r
  const waiting = r.busy || isActive(status)
  const scheduled = status?.state === 'scheduled' && Boolean(status.at)
  const makePlan = () => {
    if (plan && !confirmed('Lập kế hoạch mới từ bảng sáp nhập? Kế hoạch hiện tại (cả phần đã sửa) sẽ được thay.'))
      return
    void r.makePlan()
  }
  const applyAll = () => {
    if (plan && confirmed(`Thực hiện kế hoạch cho tất cả ${plan.units.length} đơn vị mới ngay bây giờ?`))
      void r.apply(null, null)
  }
  const applyOne = (code: string, name: string) => {
    if (confirmed(`Thực hiện kế hoạch cho ${name} (${code}) ngay bây giờ?`)) void r.apply([code], null)
  }
  return (
    <div className={styles.dashboard}>
      <h1>Sắp xếp đơn vị hành chính</h1>
      <p className={styles.intro}>
        Lập kế hoạch từ bảng sáp nhập của tỉnh, xem lại các đơn vị mới và các vấn đề, rồi thực hiện cho tất cả hoặc từng
        đơn vị, ngay hoặc vào thời điểm có hiệu lực. Thực hiện lại luôn an toàn: phần đã xong được bỏ qua; mọi bước được
        ghi vào nhật ký hệ thống.
      </p>
      <div className={styles.actions}>
        <Button margin={false} disabled={waiting} onClick={makePlan}>
          Lập kế hoạch
        </Button>
        <Button margin={false} disabled={waiting || !plan || scheduled} onClick={applyAll}>
          Thực hiện tất cả
        </Button>
      </div>
      {plan && (
        <ScheduleForm
          disabled={waiting || scheduled}
          onSchedule={(at) => void r.apply(null, at)}
          onInvalid={r.setAnswer}
        />
      )}
      <ActionMessage answer={r.answer} className={`reorganisation-answer ${styles.answer}`} />
      <RunPanel status={status} busy={r.busy} onCancel={() => void r.cancel()} />
      {plan ? (
        <section aria-labelledby="reorganisation-plan-title">
          <h2 id="reorganisation-plan-title">Kế hoạch</h2>
          <div id="reorganisation-summary">
            {planSummary(plan).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
          <PlanFile
            plan={plan}
            disabled={waiting}
            onUpload={(edited) => void r.replacePlan(edited)}
            onInvalid={r.setAnswer}
          />
          <PlanUnitsTable plan={plan} sitesDomain={sitesDomain} disabled={waiting || scheduled} onApply={applyOne} />
          <PlanProblems problems={plan.problems} />
        </section>
      ) : (
        <p id="reorganisation-no-plan">
          Chưa có kế hoạch. Bấm “Lập kế hoạch” để lập kế hoạch từ bảng sáp nhập của tỉnh.
        </p>
      )}
    </div>
  )
}
