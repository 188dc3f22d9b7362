import type { Plugin } from 'payload'

/** "Xem trước": a private, expiring preview of a draft as the commune's site will show it (issue 11). */
export const previewPlugin = (): Plugin => (config) => config
