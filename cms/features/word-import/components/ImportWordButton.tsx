'use client'
import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { Button, useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useRef, useState } from 'react'
import { ActionMessage } from '../../../admin-ui/ActionMessage'
import { MissingAltList } from './MissingAltList'
import styles from './ImportWordButton.module.scss'
import { useImportText } from './import-text'
import { useWordImport } from './use-word-import'

type Member = { globalRole?: string | null; tenants?: { role?: string | null }[] | null }

/**
 * "Nhập từ Word" above the list of news, pages and documents: choose a .docx, it becomes a
 * draft of the commune picked in the admin's commune selector (or here, for the province
 * admin with no commune selected) and the draft opens. When images came without a
 * description, their links are shown first so the editor writes them.
 */
export const ImportWordButton = ({ collectionSlug }: { collectionSlug: string }) => {
  const { text } = useImportText()
  const { config } = useConfig()
  const { user } = useAuth<Member>()
  const router = useRouter()
  const { selectedTenantID, options } = useTenantSelection()
  const [chosen, setChosen] = useState<string>('')
  const input = useRef<HTMLInputElement>(null)
  const selectId = useId()
  const { send, sending, answer, imported, fail } = useWordImport(collectionSlug)
  const mayWrite = user?.globalRole === 'province-admin' || (user?.tenants?.length ?? 0) > 0
  if (!mayWrite) return null

  const tenant = selectedTenantID ?? (options.length === 1 ? options[0]!.value : chosen)
  const draftUrl = (id: number | string) => `${config.routes.admin}/collections/${collectionSlug}/${id}`
  const onFile = async (file: File | undefined) => {
    if (input.current) input.current.value = ''
    if (!file) return
    if (!tenant) return void fail(text.needCommune)
    const done = await send(file, tenant)
    if (!done) return
    // With images to describe the list stays (showing the new draft); otherwise the draft opens.
    if (done.images?.some((image) => image.needsAlt)) router.refresh()
    else router.push(draftUrl(done.doc.id))
  }

  return (
    <section className={`word-import ${styles.panel}`} aria-label={text.button}>
      <div className={styles.row}>
        {selectedTenantID === undefined && options.length > 1 ? (
          <label className={styles.commune} htmlFor={selectId}>
            <span>{text.commune}</span>
            <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">{text.chooseCommune}</option>
              {options.map((o) => (
                <option key={String(o.value)} value={String(o.value)}>
                  {typeof o.label === 'string' ? o.label : String(o.value)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <Button
          id="word-import-button"
          buttonStyle="secondary"
          size="small"
          margin={false}
          icon="plus"
          iconPosition="left"
          disabled={sending}
          onClick={() => input.current?.click()}
        >
          {text.button}
        </Button>
        <input
          ref={input}
          id="word-import-file"
          className={styles.file}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={text.button}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <p className={styles.hint}>{text.hint}</p>
      <ActionMessage answer={answer} className={`word-import__message ${styles.message}`} />
      {imported ? <MissingAltList images={imported.images ?? []} draftUrl={draftUrl(imported.doc.id)} /> : null}
    </section>
  )
}
