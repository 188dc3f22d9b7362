import { Button } from '@payloadcms/ui'
import { useState } from 'react'
import styles from './RebuildDistrictControl.module.scss'
import { useSiteText } from './site-text'

export type DistrictOption = { id: number | string; name: string }

/** Rebuild the sites of one district, picked from the list. */
export const RebuildDistrictControl = ({
  districts,
  sending,
  onRebuild,
}: {
  districts: DistrictOption[] | null
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
