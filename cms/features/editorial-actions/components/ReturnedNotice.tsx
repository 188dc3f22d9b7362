'use client'
import { useEditorialText } from './editorial-text'
import styles from './ReturnedNotice.module.scss'
import { useEditorialSituation } from './use-editorial-situation'

/** At the top of a returned item: the chief's comment, for the author to act on. */
export const ReturnedNotice = () => {
  const { text } = useEditorialText()
  const { state, reviewComment } = useEditorialSituation()
  if (state !== 'returned' || !reviewComment) return null
  return (
    <section className={`editorial-returned ${styles.notice}`} role="note" aria-labelledby="editorial-returned-title">
      <h3 id="editorial-returned-title" className={styles.title}>
        {text.returnedTitle}
      </h3>
      <blockquote className={`editorial-returned__comment ${styles.comment}`}>{reviewComment}</blockquote>
      <p className={styles.hint}>{text.returnedHint}</p>
    </section>
  )
}
