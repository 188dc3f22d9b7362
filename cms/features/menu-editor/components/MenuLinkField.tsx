'use client'
import { FieldError, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useState } from 'react'
import { useApiBase } from '../../../admin-ui/use-api-base'
import styles from './MenuLinkField.module.scss'
import { useMenuText } from './menu-text'
import { isExternalUrl, kindOf, type LinkKind, SECTIONS, type Target, type Targets } from './targets'
import { useTargets } from './use-targets'

const KINDS: LinkKind[] = ['section', 'category', 'page', 'document', 'external']

/** Which of the commune's lists a kind of link picks from (English plurals are not all `+s`). */
const LIST_OF: Record<'category' | 'page' | 'document', keyof Targets> = {
  category: 'categories',
  page: 'pages',
  document: 'documents',
}

/**
 * A menu row's address, chosen instead of typed: a section of the site, a category, a page or
 * a document of the commune from lists, or an external http(s) link. It stores the same
 * root-relative address the server would normalise to, so the link works on every page; a row
 * left without a label gets the chosen target's name.
 */
export const MenuLinkField = ({ path, readOnly }: TextFieldClientProps) => {
  const { text } = useMenuText()
  const apiBase = useApiBase()
  const { value, setValue, showError, errorMessage, disabled } = useField<string>({ path })
  const label = useField<string>({ path: path.replace(/url$/, 'label') })
  // The settings' commune: its form field, else the document as loaded (a global per commune
  // may keep the field out of the form).
  const { data } = useDocumentInfo()
  const tenant = useFormFields(([fields]) => fields.tenant?.value) ?? (data as { tenant?: unknown } | undefined)?.tenant
  const { targets, failed } = useTargets(apiBase, tenant)
  const [chosenKind, setKind] = useState<LinkKind | null>(null)
  const [touched, setTouched] = useState(false)
  const kind = chosenKind ?? kindOf(value, targets)
  const locked = Boolean(readOnly || disabled)

  const listOf = (k: LinkKind): readonly Target[] =>
    k === 'section' ? SECTIONS : k === 'external' ? [] : (targets?.[LIST_OF[k]] ?? [])
  const options = listOf(kind)
  const known = options.some((o) => o.url === value)

  const choose = (url: string) => {
    setValue(url)
    const target = options.find((o) => o.url === url)
    if (target && !label.value) label.setValue(target.label)
  }
  const changeKind = (k: LinkKind) => {
    setKind(k)
    setTouched(false)
    setValue(k === 'external' ? 'https://' : '')
  }
  const externalWrong = kind === 'external' && touched && Boolean(value) && !isExternalUrl(value ?? '')

  return (
    <fieldset className={`field-type menu-link ${styles.field}`}>
      <legend className={styles.heading}>{text.linkTo}</legend>
      {showError && <FieldError path={path} message={errorMessage} showError />}
      <div className={styles.row}>
        <label className={styles.control}>
          <span className={styles.caption}>{text.kind}</span>
          <select
            className={`menu-link__kind ${styles.select}`}
            value={kind}
            disabled={locked}
            onChange={(e) => changeKind(e.target.value as LinkKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {text.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        {kind === 'external' ? (
          <label className={styles.control}>
            <span className={styles.caption}>{text.kinds.external}</span>
            <input
              className={`menu-link__external ${styles.input}`}
              type="url"
              inputMode="url"
              value={value ?? ''}
              placeholder={text.externalPlaceholder}
              disabled={locked}
              aria-invalid={externalWrong}
              onChange={(e) => setValue(e.target.value)}
              onBlur={() => setTouched(true)}
            />
          </label>
        ) : (
          <label className={styles.control}>
            <span className={styles.caption}>{text.kinds[kind]}</span>
            <select
              className={`menu-link__target ${styles.select}`}
              value={value ?? ''}
              disabled={locked || (kind !== 'section' && !targets)}
              onChange={(e) => choose(e.target.value)}
            >
              <option value="">{text.choose}</option>
              {value && !known && (
                <option value={value}>
                  {value} ({text.kept})
                </option>
              )}
              {options.map((o) => (
                <option key={o.url} value={o.url}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {kind !== 'section' && kind !== 'external' && !targets && (
        <p className={styles.note}>{failed ? text.loadFailed : tenant ? text.loading : text.noCommune}</p>
      )}
      {externalWrong && (
        <p className={styles.wrong} role="alert">
          {text.externalRule}
        </p>
      )}
      <p className={styles.address}>
        {text.address}: <code className="menu-link__address">{value || text.none}</code>
      </p>
    </fieldset>
  )
}
