import path from 'node:path'

/** Where the database, media, built sites and demo credentials live (DATA_DIR, default ./data). */
export const dataDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || 'data')
