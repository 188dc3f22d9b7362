'use client'
import { Button, useAuth, useConfig } from '@payloadcms/ui'
import { ActionMessage } from '../../../admin-ui/ActionMessage'
import { useDistricts } from '../../../admin-ui/use-districts'
import { RebuildAllControl } from './RebuildAllControl'
import { type DistrictOption, RebuildDistrictControl } from './RebuildDistrictControl'
import styles from './RebuildPanel.module.scss'
import { useSiteText } from './site-text'
import { useRebuildRequest } from './use-rebuild-request'

/**
 * Above the communes list, for the province admin only: rebuild every site (after a
 * confirmation: it is minutes of work) or the sites of one district (or of no district, where
 * some communes have none; a province without districts has no such choice), and the way to the
 * "new commune" form (/admin/provision). Other roles see nothing; the endpoints refuse them anyway.
 */
export const RebuildPanel = () => {
  const { text } = useSiteText()
  const { config } = useConfig()
  const { user } = useAuth<{ globalRole?: string | null }>()
  const isProvinceAdmin = user?.globalRole === 'province-admin'
  const { districts, unassigned, failed } = useDistricts<DistrictOption>(isProvinceAdmin, undefined, {
    countUnassigned: true,
    inUse: true,
  })
  const { sending, answer, send } = useRebuildRequest()
  if (!isProvinceAdmin) return null

  return (
    <section className={`rebuild-panel ${styles.panel}`} aria-labelledby="rebuild-panel-title">
      <div className={styles.header}>
        <h3 id="rebuild-panel-title" className={styles.title}>
          {text.rebuildPanel}
        </h3>
        <Button
          id="provision-link"
          el="link"
          to={`${config.routes.admin}/provision`}
          buttonStyle="primary"
          size="small"
          margin={false}
          icon="plus"
          iconPosition="left"
        >
          {text.newCommune}
        </Button>
      </div>
      <div className={styles.controls}>
        <RebuildAllControl sending={sending} onConfirm={() => void send({ scope: 'all' })} />
        {districts?.length === 0 ? null : (
          <RebuildDistrictControl
            districts={districts}
            unassigned={unassigned ?? 0}
            sending={sending}
            onRebuild={(id) => void send({ scope: 'district', id })}
          />
        )}
      </div>
      {failed ? <p className={styles.failed}>{text.districtsFailed}</p> : null}
      <ActionMessage answer={answer} className={`rebuild-panel__message ${styles.message}`} />
    </section>
  )
}
