import type { ReactNode } from 'react'
import styles from './ChartFigure.module.scss'

type Props = {
  id: string
  title: string
  chart: ReactNode
  columns: string[]
  rows: (string | number)[][]
}

/** A chart and, beside it, the same figures as a table (for screen readers and for reading exact values). */
export const ChartFigure = ({ id, title, chart, columns, rows }: Props) => (
  <figure className={styles.figure} aria-labelledby={`${id}-title`} id={id}>
    <figcaption id={`${id}-title`} className={styles.title}>
      {title}
    </figcaption>
    <div className={styles.body}>
      <div className={styles.chart} aria-hidden="true">
        {chart}
      </div>
      <div className={styles.tableBox}>
        <table className={styles.table}>
          <caption className={styles.caption}>Số liệu của biểu đồ: {title}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={columns[i]} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={columns[i]}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  </figure>
)
