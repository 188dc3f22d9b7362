import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import { type ActionAnswer, ActionMessage } from '../../../admin-ui/ActionMessage'
import { useApiBase } from '../../../admin-ui/use-api-base'
import { useMounted } from '../../../admin-ui/use-mounted'
import { requestRebuild } from './rebuild-request'
import styles from './SiteRebuild.module.scss'
import { useSiteText } from './site-text'

/** The province admin's "rebuild this site" button in the site panel, and how the request went. */
export const SiteRebuild = ({ id, onQueued }: { id: number | string; onQueued: () => Promise<void> }) => {
  const { text, lang } = useSiteText()
  const apiBase = useApiBase()
  const mounted = useMounted()
  const [answer, setAnswer] = useState<ActionAnswer | null>(null)
  const [sending, setSending] = useState(false)

  const rebuild = async () => {
    setSending(true)
    setAnswer({ ok: true, message: text.sending })
    const result = await requestRebuild(apiBase, { scope: 'commune', id }, lang, text)
    if (!mounted.current) return
    setSending(false)
    setAnswer(result)
    if (result.ok) await onQueued()
  }

  return (
    <>
      <Button
        id="site-panel-rebuild"
        buttonStyle="secondary"
        size="small"
        type="button"
        disabled={sending}
        onClick={() => void rebuild()}
        margin={false}
        className="site-panel__rebuild"
      >
        {text.rebuildThis}
      </Button>
      <ActionMessage answer={answer} className={`site-panel__message ${styles.message}`} />
    </>
  )
}
