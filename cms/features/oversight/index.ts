import type { Plugin } from 'payload'

/** "Giám sát": which communes are stale, incomplete or late, and their visits (issue 12). */
export const oversightPlugin = (): Plugin => (config) => config
