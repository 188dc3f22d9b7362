import type { PayloadRequest } from 'payload'
import { asRoleUser, type ID, idOf, type MemberRole, memberRoleIn, type RoleUser } from '../../access/roles'
import type { NoticeKind } from './collection'

export type Recipient = { id: ID; email: string; name: string; emailNotifications: boolean }

type Account = RoleUser & { email?: string; name?: string | null; emailNotifications?: boolean | null }

const asRecipient = (user: Account): Recipient => ({
  id: user.id,
  email: String(user.email ?? ''),
  name: String(user.name ?? user.email ?? ''),
  // Unset (accounts older than the preference) means on, as the field's default.
  emailNotifications: user.emailNotifications !== false,
})

const SELECT = { email: true, name: true, tenants: true, disabled: true, emailNotifications: true } as const

/**
 * The commune's editors-in-chief with an active account. Read without the acting user: the
 * users' read hook hides from a contributor the memberships of others, roles included.
 */
const chiefsOf = (req: PayloadRequest, communeId: ID): Promise<Account[]> => boardOf(req, communeId, ['chief'])

const boardOf = async (req: PayloadRequest, communeId: ID, roles: MemberRole[]): Promise<Account[]> => {
  const found = await req.payload.find({
    collection: 'users',
    where: { and: [{ 'tenants.tenant': { equals: communeId } }, { 'tenants.role': { in: roles } }] },
    select: SELECT,
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
  })
  // The two conditions may match different rows of `tenants`: keep only those with the role in this commune.
  return (found.docs as unknown as Account[]).filter((u) =>
    roles.includes(memberRoleIn({ ...u, collection: 'users' }, communeId) as MemberRole),
  )
}

/** The active accounts holding one of `roles` on the commune's board (not the person acting). */
export const boardRecipients = async (
  req: PayloadRequest,
  communeId: ID,
  roles: MemberRole[],
): Promise<Recipient[]> => {
  const actor = idOf(asRoleUser(req.user)?.id)
  return (await boardOf(req, communeId, roles))
    .filter((u) => !u.disabled && String(u.id) !== String(actor ?? ''))
    .map(asRecipient)
}

const accountById = async (req: PayloadRequest, id: ID): Promise<Account[]> => {
  const found = await req.payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    select: SELECT,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs as unknown as Account[]
}

/**
 * Who hears of a transition: a submission goes to the commune's chiefs, a return or a
 * publication to the item's author. Never to the person who acted, nor to disabled accounts.
 */
export const recipientsOf = async (
  req: PayloadRequest,
  kind: NoticeKind,
  item: { tenant?: ID; createdBy?: ID },
): Promise<Recipient[]> => {
  let accounts: Account[] = []
  if (kind === 'submitted') accounts = item.tenant === undefined ? [] : await chiefsOf(req, item.tenant)
  else if (item.createdBy !== undefined) accounts = await accountById(req, item.createdBy)
  const actor = idOf(asRoleUser(req.user)?.id)
  return accounts.filter((u) => !u.disabled && String(u.id) !== String(actor ?? '')).map(asRecipient)
}
