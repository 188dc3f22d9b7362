import type { CollectionConfig, Field, Plugin } from 'payload'
import { extendCollection } from '../../collections/extend'
import { releaseLocksOutOfTurn } from '../locked-documents/handback'
import { requireTitle } from './require-title'
import { schedulePublishEndpoint } from './schedule-endpoint'

const COMPONENTS = '/features/editorial-actions/components'
/** The workflow's own fields: changed only by the buttons, so the form does not offer them. */
const BUTTON_ONLY_FIELDS = new Set(['workflowStatus', 'reviewComment'])

const named = (field: Field, name: string) => 'name' in field && field.name === name

const hasWorkflow = (collection: CollectionConfig) =>
  Boolean(typeof collection.versions === 'object' && collection.versions?.drafts) &&
  collection.fields.some((field) => named(field, 'workflowStatus'))

/** The notice of a returned item, first in the form. */
const returnedNoticeField: Field = {
  name: 'editorialNotice',
  type: 'ui',
  admin: { components: { Field: `${COMPONENTS}/ReturnedNotice#ReturnedNotice` } },
}

/** workflowStatus and reviewComment stay in the form's data (and the lists' columns and filters), without a control. */
const withoutControl = (field: Field): Field =>
  'name' in field && BUTTON_ONLY_FIELDS.has(field.name) && field.type !== 'ui'
    ? ({
        ...field,
        admin: {
          ...field.admin,
          components: { ...field.admin?.components, Field: `${COMPONENTS}/NoControl#NoControl` },
        },
      } as Field)
    : field

/** The title shows the server's refusal of an untitled draft next to it. */
const withTitleError = (field: Field, title: { name: string } | null): Field =>
  title && named(field, title.name)
    ? ({
        ...field,
        admin: {
          ...field.admin,
          components: { ...field.admin?.components, Error: `${COMPONENTS}/ServerFieldError#ServerFieldError` },
        },
      } as Field)
    : field

const titleOf = (collection: CollectionConfig): { name: string; label?: string | Record<string, string> } | null => {
  const name = collection.admin?.useAsTitle ?? 'title'
  const field = collection.fields.find((f) => named(f, name))
  if (field?.type !== 'text') return null
  return { name, label: field.label as string | Record<string, string> | undefined }
}

const withEditorialActions = (collection: CollectionConfig): CollectionConfig => {
  const admin = collection.admin ?? {}
  const edit = admin.components?.edit ?? {}
  const title = titleOf(collection)
  return extendCollection(
    {
      ...collection,
      fields: [returnedNoticeField, ...collection.fields.map((field) => withTitleError(withoutControl(field), title))],
      admin: {
        ...admin,
        components: {
          ...admin.components,
          edit: {
            ...edit,
            PublishButton: `${COMPONENTS}/WorkflowActions#WorkflowActions`,
            SaveDraftButton: `${COMPONENTS}/SaveDraftWhenAllowed#SaveDraftWhenAllowed`,
            Status: `${COMPONENTS}/WorkflowStatusBadge#WorkflowStatusBadge`,
            UnpublishButton: `${COMPONENTS}/NoControl#NoControl`,
          },
        },
      },
    },
    {
      endpoints: [schedulePublishEndpoint(collection.slug)],
      hooks: {
        beforeOperation: [releaseLocksOutOfTurn],
        ...(title ? { beforeValidate: [requireTitle(title.name, title.label)] } : {}),
      },
    },
  )
}

/**
 * The editorial workflow in the admin's edit view (issue 11): buttons for each transition, shown
 * by role and state, in place of the workflow dropdown and Payload's publish controls; the true
 * editorial state in the header; the chief's comment at the top of a returned item; titles
 * required on drafts; scheduled publishing through Payload's jobs. The server's rules
 * (enforceWorkflow, guardEditorial) stay the authority on every door.
 */
export const editorialActionsPlugin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    hasWorkflow(collection) ? withEditorialActions(collection) : collection,
  ),
})
