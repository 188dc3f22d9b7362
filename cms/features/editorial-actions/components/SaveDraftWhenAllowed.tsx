'use client'
import { SaveDraftButton, useAuth } from '@payloadcms/ui'
import { changeRefusal } from '../../../access/editorialRules'
import { useEditorialSituation } from './use-editorial-situation'

/**
 * Payload's "Lưu bản nháp", only while the person may still change the item: a contributor's
 * submitted item waits for the chief, so its author is not offered a save the server refuses.
 */
export const SaveDraftWhenAllowed = () => {
  const { user } = useAuth()
  const situation = useEditorialSituation()
  if (situation.saved && !situation.provinceAdmin && user) {
    const refusal = changeRefusal(
      situation.role,
      user.id,
      {
        createdBy: situation.author ? user.id : undefined,
        workflowStatus: situation.state,
        live: situation.live,
        everPublished: situation.live,
      },
      '',
    )
    if (refusal) return null
  }
  return <SaveDraftButton />
}
