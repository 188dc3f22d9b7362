import type { Plugin } from 'payload'

/** The 25 themes as a grid of thumbnails, with a preview of the commune's home page (issue 11). */
export const themePickerPlugin = (): Plugin => (config) => config
