/**
 * Which database DATABASE_URI names, without loading either adapter: `npm start` asks before it
 * starts the admin build, and importing the adapters (with Payload) takes seconds.
 */
export const isMongoUri = (uri: string | undefined): boolean => Boolean(uri && /^mongodb(\+srv)?:\/\//.test(uri))
