import type { Access, Where } from 'payload'
import { asRoleUser } from '../../access/roles'

/** Public means: used by published content of a live commune. */
export const PUBLIC_FILES: Where = { and: [{ public: { equals: true } }, { 'tenant.status': { equals: 'live' } }] }

/**
 * Citizens (and API clients without an account) read only public files, through the list,
 * by ID, GraphQL and the file URL alike (Payload's file endpoint applies this rule to the
 * original and to every image size). Board members keep their role's access; on the file URL
 * they also get what any citizen gets, so nobody is refused a file the public can download.
 */
export const withPublicFilesRead =
  (read: Access | undefined): Access =>
  async (args) => {
    if (!asRoleUser(args.req.user)) return PUBLIC_FILES
    const members = read ? await read(args) : true
    if (members === true || !args.isReadingStaticFile) return members
    return members === false ? PUBLIC_FILES : { or: [members, PUBLIC_FILES] }
  }
