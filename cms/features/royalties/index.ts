import type { Plugin } from 'payload'

/** Nhuận bút: the province's royalty rules and each commune's monthly statement (issue 12). */
export const royaltiesPlugin = (): Plugin => (config) => config
