import {
  headersWithCors,
  type Access,
  type CollectionConfig,
  type Endpoint,
  type GlobalConfig,
  type PayloadRequest,
  type Where,
} from 'payload'
import { provinceAdminsMustEnrol } from './settings'
import { TEXT } from './text'

/**
 * True for a province admin without two-factor sign-in while the province requires it: such a
 * session keeps only its own account and the set-up endpoints until enrolled. Memoised per request.
 */
export const enrolmentPending = async (req: PayloadRequest): Promise<boolean> => {
  const user = req.user as
    | { collection?: string; globalRole?: string | null; twoFactorEnabled?: boolean | null }
    | null
    | undefined
  if (user?.collection !== 'users' || user.globalRole !== 'province-admin' || user.twoFactorEnabled) return false
  if (typeof req.context.twoFactorEnrolmentPending === 'boolean') return req.context.twoFactorEnrolmentPending
  const pending = await provinceAdminsMustEnrol(req.payload)
  req.context.twoFactorEnrolmentPending = pending
  return pending
}

/** Matches no document: reads answer empty lists rather than errors, so the admin's frame still renders. */
const NOTHING: Where = { id: { exists: false } }

const loggedIn: Access = ({ req }) => Boolean(req.user)

const gated =
  (original: Access | undefined, whilePending: (req: PayloadRequest) => boolean | Where): Access =>
  async (args) => {
    if (await enrolmentPending(args.req)) return whilePending(args.req)
    return (original ?? loggedIn)(args)
  }

const OPERATIONS = ['read', 'create', 'update', 'delete', 'readVersions', 'unlock'] as const

/** Wraps every collection's access: nothing while enrolment is pending; the own account stays readable. */
export const gateCollection = (collection: CollectionConfig): CollectionConfig => {
  const access = { ...(collection.access ?? {}) } as Record<string, Access | undefined>
  for (const operation of OPERATIONS) {
    const own = collection.slug === 'users' && operation === 'read'
    access[operation] = gated(access[operation], (req) =>
      own ? { id: { equals: req.user!.id } } : operation === 'read' || operation === 'readVersions' ? NOTHING : false,
    )
  }
  return { ...collection, access, endpoints: gateEndpoints(collection.endpoints) }
}

export const gateGlobal = (global: GlobalConfig): GlobalConfig => {
  const access = { ...(global.access ?? {}) } as Record<string, Access | undefined>
  for (const operation of ['read', 'update', 'readVersions'] as const)
    access[operation] = gated(access[operation], () => false)
  return { ...global, access, endpoints: gateEndpoints(global.endpoints) }
}

/**
 * Custom endpoints (rebuild, provisioning, suspension…) check roles themselves, not collection
 * access: while enrolment is pending they answer 403 before their handler runs.
 */
export const gateEndpoints = (endpoints: CollectionConfig['endpoints']): CollectionConfig['endpoints'] =>
  Array.isArray(endpoints)
    ? endpoints.map(
        (endpoint): Endpoint => ({
          ...endpoint,
          handler: async (req) =>
            (await enrolmentPending(req))
              ? Response.json(
                  { errors: [{ message: TEXT.enrolmentRequired }], enrolmentRequired: true },
                  { status: 403, headers: headersWithCors({ headers: new Headers(), req }) },
                )
              : endpoint.handler(req),
        }),
      )
    : endpoints
