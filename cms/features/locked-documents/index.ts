import type { SanitizedConfig } from 'payload'
import { LOCKS, lockAccess } from './access'

/**
 * Payload adds its `payload-locked-documents` collection while sanitising the config, after
 * every plugin has run, with "any logged-in user" on every operation: anyone could lock
 * anyone out of anything. There is no option to override that collection, so its access
 * rules are replaced in the sanitised config itself, which every door reads (REST, GraphQL's
 * schema, the Local API; the admin bundle and the server each build their own copy of the
 * config, so this has to happen where the config is made, not on one Payload instance).
 * Payload's own lock handling (the admin's form state, saves clearing stale locks) writes
 * through the database adapter and is unaffected.
 */
export const withLockedDocumentsGuard = async (
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<SanitizedConfig> => {
  const sanitized = await config
  const locks = sanitized.collections.find((collection) => collection.slug === LOCKS)
  if (locks) locks.access = { ...locks.access, ...lockAccess }
  return sanitized
}
