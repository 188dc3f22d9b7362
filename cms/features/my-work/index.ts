import type { Plugin } from 'payload'

/** "Việc của tôi": the dashboard of each board member across the content types of their communes (issue 11). */
export const myWorkPlugin = (): Plugin => (config) => config
