import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import styles from './RebuildDistrictControl.module.scss'
import { useSiteText } from './site-text'

export type DistrictOption = { id: number | string; name: string }

/** The rebuild endpoint's `id` for the communes of no district (rebuild-endpoint.ts NO_DISTRICT). */
const NO_DISTRICT = 'none'

/** Rebuild the sites of one district, picked from the list, or of the communes of none when there are some. */
export const RebuildDistrictControl = ({
  districts,
  unassigned,
  sending,
  onRebuild,
}: {
  districts: DistrictOption[] | null
  /** How many communes belong to no district. */
  unassigned: number
  sending: boolean
  onRebuild: (id: number | string) => void
}) => {
  const { text } = useSiteText()
  const [district, setDistrict] = useState('')
  return (
    <span className={styles.control}>
      <label htmlFor="rebuild-district-select" className={`sr-only ${styles.label}`}>
        {text.chooseDistrict}
      </label>
      <select
        id="rebuild-district-select"
        className={styles.select}
        value={district}
        onChange={(e) => setDistrict(e.target.value)}
        disabled={!districts}
      >
        <option value="">{text.chooseDistrict}</option>
        {(districts ?? []).map((d) => (
          <option key={d.id} value={String(d.id)}>
            {d.name}
          </option>
        ))}
        {unassigned > 0 ? <option value={NO_DISTRICT}>{text.noDistrict}</option> : null}
      </select>
      <Button
        id="rebuild-district"
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={sending || !district}
        onClick={() => onRebuild(Number(district) || district)}
      >
        {text.rebuildDistrict}
      </Button>
    </span>
  )
}
