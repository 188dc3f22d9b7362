import type { MemberRole } from '../../access/roles'
import type { WorkflowStatus } from '../../fields/workflow'

/** The workflow buttons of the edit view, in the order they are shown. */
export const EDITORIAL_ACTIONS = ['submit', 'return', 'publish', 'schedule', 'unpublish', 'archive'] as const
export type EditorialAction = (typeof EDITORIAL_ACTIONS)[number]

/** What decides which buttons a person gets on one item. */
export type ActionSituation = {
  /** The person's board role in the item's commune (none for other communes). */
  role?: MemberRole
  provinceAdmin: boolean
  /** The person wrote the item (contributors act only on their own). */
  author: boolean
  /** The latest version's editorial state. */
  state: WorkflowStatus
  /** The main row is on the site now. */
  live: boolean
  /** The item has been saved at least once (a new item has no id yet). */
  saved: boolean
}

const HELD_BY_AUTHOR: readonly WorkflowStatus[] = ['draft', 'returned']

/**
 * The buttons a person gets, mirroring the server's rules (enforceWorkflow, editorialRules),
 * which stay the authority: a button shown by mistake is still refused there. Submitting is for
 * the whole board while the item is a draft or returned (contributors: their own only); the
 * decisions are the chief's and the province's.
 */
export const availableActions = (s: ActionSituation): EditorialAction[] => {
  const decides = s.provinceAdmin || s.role === 'chief'
  const boardWriter = decides || s.role === 'editor' || (s.role === 'contributor' && (s.author || !s.saved))
  const actions: EditorialAction[] = []
  if (boardWriter && HELD_BY_AUTHOR.includes(s.state)) actions.push('submit')
  if (!decides) return actions
  if (s.saved && s.state === 'submitted') actions.push('return')
  actions.push('publish')
  if (s.saved && !(s.live && s.state === 'published')) actions.push('schedule')
  if (s.saved && s.live) actions.push('unpublish')
  if (s.saved && s.state !== 'archived') actions.push('archive')
  return actions
}

/** How each action is sent: the item's own REST update (the form's data with these values), as a draft or not. */
export const ACTION_REQUESTS: Record<
  Exclude<EditorialAction, 'schedule'>,
  { draft: boolean; values: Record<string, string> }
> = {
  submit: { draft: true, values: { _status: 'draft', workflowStatus: 'submitted' } },
  return: { draft: true, values: { _status: 'draft', workflowStatus: 'returned' } },
  publish: { draft: false, values: { _status: 'published', workflowStatus: 'published' } },
  unpublish: { draft: false, values: { _status: 'draft', workflowStatus: 'draft' } },
  archive: { draft: false, values: { _status: 'draft', workflowStatus: 'archived' } },
}
