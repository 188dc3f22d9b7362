import type { PlanProblem } from '../plan'
import styles from './PlanProblems.module.scss'

/** The plan's problems, each with what the plan does about it. */
export const PlanProblems = ({ problems }: { problems: PlanProblem[] }) => (
  <section className={styles.problems} aria-labelledby="reorganisation-problems-title" id="reorganisation-problems">
    <h2 id="reorganisation-problems-title">Vấn đề cần xem ({problems.length.toLocaleString('vi-VN')})</h2>
    {problems.length ? (
      <ul>
        {problems.map((p, i) => (
          // Problems have no id: the same unit may have several.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for one plan
          <li key={i}>
            <strong>{p.unit}</strong>: {p.problem}
            <span className={styles.resolution}>Cách xử lý: {p.resolution}</span>
          </li>
        ))}
      </ul>
    ) : (
      <p>Không có vấn đề nào.</p>
    )}
  </section>
)
