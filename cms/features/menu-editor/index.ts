import type { Plugin } from 'payload'

/** Menu links picked from the commune's sections, categories, pages and documents (issue 11). */
export const menuEditorPlugin = (): Plugin => (config) => config
