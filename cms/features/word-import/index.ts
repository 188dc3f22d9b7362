import type { Plugin } from 'payload'

/** "Nhập từ Word": a .docx becomes a draft (issue 11). */
export const wordImportPlugin = (): Plugin => (config) => config
