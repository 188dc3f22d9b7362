import type { PayloadRequest } from 'payload'
import type { ID } from '../../access/roles'

/** The account's two-factor columns, read and written only here, never through an API door. */
export type TwoFactorState = {
  id: ID
  email: string
  globalRole?: string | null
  tenants?: { tenant?: ID | { id: ID } | null }[] | null
  disabled?: boolean | null
  lockUntil?: string | null
  twoFactorEnabled?: boolean | null
  twoFactorSecret?: string | null
  twoFactorPendingSecret?: string | null
  twoFactorRecoveryCodes?: string[] | null
  twoFactorLastStep?: number | null
  twoFactorChallengeId?: string | null
  twoFactorChallengeAttempts?: number | null
}

export const readState = async (req: PayloadRequest, id: ID): Promise<TwoFactorState | null> =>
  (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as TwoFactorState | null

/**
 * Writes through the adapter: no hooks, no access, no version, updatedAt unchanged. The whole
 * account is written back, as Payload's own session writes do: on SQLite a partial write would
 * empty the account's arrays (memberships, sessions).
 */
export const writeUser = async (req: PayloadRequest, id: ID, data: Record<string, unknown>): Promise<void> => {
  const current = await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })
  if (!current) return
  await req.payload.db.updateOne({
    collection: 'users',
    id,
    data: { ...current, ...data, updatedAt: null },
    req,
    returning: false,
  })
}

export const writeState = (
  req: PayloadRequest,
  id: ID,
  data: Partial<Omit<TwoFactorState, 'id' | 'email'>>,
): Promise<void> => writeUser(req, id, data)

export const CLEARED: Partial<TwoFactorState> = {
  twoFactorEnabled: false,
  twoFactorSecret: null,
  twoFactorPendingSecret: null,
  twoFactorRecoveryCodes: null,
  twoFactorLastStep: null,
  twoFactorChallengeId: null,
  twoFactorChallengeAttempts: null,
}
