'use client'
import { FieldError, useDocumentInfo, useField } from '@payloadcms/ui'
import type { NumberFieldClientProps } from 'payload'
import { useState } from 'react'
import { type ActionAnswer, ActionMessage } from '../../../admin-ui/ActionMessage'
import { useApiBase } from '../../../admin-ui/use-api-base'
import { useMounted } from '../../../admin-ui/use-mounted'
import type { ThemeSwatch } from '../swatches'
import { openPreview } from './open-preview'
import styles from './ThemePicker.module.scss'
import { ThemeThumbnail } from './ThemeThumbnail'
import { useThemeText } from './theme-text'

/**
 * The commune's `theme` field as the 25 themes' thumbnails with their names: one radio group
 * (Tab reaches it, arrow keys move, Space chooses), and a preview of the commune's own home page
 * in the chosen theme before saving (the preview feature builds it with the theme overridden).
 */
export const ThemePicker = ({ path, readOnly, themes }: NumberFieldClientProps & { themes: ThemeSwatch[] }) => {
  const { text } = useThemeText()
  const { id } = useDocumentInfo()
  const apiBase = useApiBase()
  const mounted = useMounted()
  const { value, setValue, initialValue, showError, errorMessage, disabled } = useField<number>({ path })
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  const chosen = themes.find((t) => t.number === Number(value)) ?? themes[0]!
  const locked = Boolean(readOnly || disabled)

  const preview = async () => {
    if (!id) return setAnswer({ ok: false, message: text.notSaved })
    setBusy(true)
    setAnswer({ ok: true, message: text.previewing })
    const result = await openPreview(apiBase, { commune: id, theme: chosen.number }, text.failed)
    if (!mounted.current) return
    setBusy(false)
    setAnswer({ ok: result.ok, message: result.ok ? text.opened : (result.message ?? text.failed) })
  }

  return (
    <fieldset className={`field-type theme-picker ${styles.picker}`} disabled={locked}>
      <legend className={styles.legend}>{text.label}</legend>
      <p className={styles.hint} id="theme-picker-hint">
        {text.hint}
      </p>
      {showError && <FieldError path={path} message={errorMessage} showError />}
      <div className={styles.grid} role="radiogroup" aria-describedby="theme-picker-hint">
        {themes.map((theme) => (
          <label key={theme.number} className={styles.option} data-theme-number={theme.number}>
            <input
              type="radio"
              name={`theme-picker-${path}`}
              className={styles.radio}
              value={theme.number}
              checked={theme.number === chosen.number}
              onChange={() => setValue(theme.number)}
            />
            <ThemeThumbnail swatch={theme} className={styles.thumbnail} />
            <span className={styles.name}>
              {theme.number}. {theme.name}
              {theme.number === Number(initialValue) && <em className={styles.current}> ({text.current})</em>}
            </span>
          </label>
        ))}
      </div>
      <div className={styles.actions}>
        <span className={styles.chosen}>{text.chosen(`${chosen.number}. ${chosen.name}`)}</span>
        <button type="button" className={styles.preview} onClick={() => void preview()} disabled={busy || !id}>
          {text.preview} ↗
        </button>
      </div>
      <ActionMessage answer={answer} className="theme-picker__message" />
    </fieldset>
  )
}
