'use client'
import { Button, useConfig, useStepNav } from '@payloadcms/ui'
import { useEffect } from 'react'
import { useDistricts } from '../../../admin-ui/use-districts'
import { BoardSection } from './BoardSection'
import { DomainsSection } from './DomainsSection'
import { ErrorSummary } from './ErrorSummary'
import type { District, Theme } from './form-model'
import styles from './ProvisionForm.module.scss'
import { ProvisionRefused } from './ProvisionRefused'
import { ProvisionResultView } from './ProvisionResultView'
import { useProvisionText } from './provision-text'
import { UnitSection } from './UnitSection'
import { useProvisionForm } from './use-provision-form'

/**
 * The province admin's "new commune" form (view /admin/provision, ProvisionView.tsx): the
 * commune's facts, its domains and its editorial board, sent to POST /api/communes/provision.
 * Refusals come back per field, in Vietnamese, and are shown next to their field. Once done, it
 * shows the commune, the steps, the invitations (emailed, or a link to hand over, shown this once)
 * and follows the site's build until it is live.
 */
export const ProvisionForm = ({
  allowed,
  themes,
  sitesDomain,
}: {
  allowed: boolean
  themes: Theme[]
  sitesDomain: string
}) => {
  const { text } = useProvisionText()
  const { config } = useConfig()
  const adminRoute = config.routes.admin
  const { setStepNav } = useStepNav()
  useEffect(() => {
    setStepNav([{ label: text.communes, url: `${adminRoute}/collections/communes` }, { label: text.title }])
  }, [setStepNav, text, adminRoute])
  const { districts, failed } = useDistricts<District>(allowed, 'code')
  const form = useProvisionForm()

  if (!allowed) return <ProvisionRefused />
  if (form.result) return <ProvisionResultView result={form.result} sitesDomain={sitesDomain} onAnother={form.reset} />
  const hasErrors = Object.keys(form.errors).length > 0 || form.general.length > 0
  return (
    <div className={`provision-view ${styles.view}`}>
      <h1 className={styles.title}>{text.title}</h1>
      <p className={styles.intro}>{text.intro}</p>
      <form className="provision-form" noValidate onSubmit={(e) => void form.submit(e)} aria-busy={form.sending}>
        {hasErrors ? <ErrorSummary general={form.general} /> : null}
        <UnitSection form={form} districts={districts} districtsFailed={failed} themes={themes} />
        <DomainsSection form={form} />
        <BoardSection form={form} />
        <div className={styles.actions}>
          <Button id="provision-submit" type="submit" buttonStyle="primary" margin={false} disabled={form.sending}>
            {text.submit}
          </Button>
          {form.sending ? (
            <span className="provision-form__sending" role="status">
              {text.submitting}
            </span>
          ) : null}
        </div>
      </form>
    </div>
  )
}
