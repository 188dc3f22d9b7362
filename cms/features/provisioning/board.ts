/**
 * The commune's board: an account per member (created, or an existing one given a membership
 * of this commune) and, for each new account, an invitation to set its own password.
 */
import { idOf, type ID } from '../../access/roles'
import { generatePassword } from '../../lib/random-password'
import type { CommuneDoc } from './commune-record'
import {
  adminBaseUrl,
  createInvitationToken,
  INVITATION_TTL_MS,
  invitationLink,
  newInvitationFields,
  ROLE_LABELS_VI,
  sendInvitation,
} from './invitations'
import type { BoardMember } from './provision-input'
import { audit, did, type Run } from './provision-run'

export type Invitation = {
  email: string
  name: string
  role: BoardMember['role']
  /** Set only when not emailed: shown once. */
  link: string | null
  emailed: boolean
}

/** What became of one member: a new account, a membership added to an existing one, or nothing to do. */
type MemberOutcome = { kind: 'created' | 'added' | 'member'; userId: ID; token: string | null }

const QUIET_USER = { overrideAccess: true, depth: 0, context: { skipAudit: true } } as const

type Membership = { tenant?: unknown; role: BoardMember['role'] }

/**
 * A new account: with the caller's password and no invitation, or with a random password
 * nobody sees and the invitation in the same insert (newInvitationFields), so that a run
 * killed in between cannot leave an account nobody was invited to.
 */
const createAccount = async (run: Run, commune: CommuneDoc, member: BoardMember): Promise<MemberOutcome> => {
  const chosen = run.options.accountPassword?.(member)
  const invitation = chosen === undefined ? newInvitationFields() : null
  const user = await run.payload.create({
    collection: 'users',
    ...QUIET_USER,
    data: {
      email: member.email,
      password: chosen ?? generatePassword(),
      name: member.name,
      globalRole: 'none',
      tenants: [{ tenant: commune.id as number, role: member.role }],
      ...invitation,
    },
  })
  return { kind: 'created', userId: user.id, token: invitation?.resetPasswordToken ?? null }
}

/** An existing account gets a membership of this commune unless it has one; a new invitation only when asked. */
const joinAccount = async (
  run: Run,
  commune: CommuneDoc,
  member: BoardMember,
  existing: { id: ID; tenants?: Membership[] | null },
): Promise<MemberOutcome> => {
  const rows = existing.tenants ?? []
  const tenantOf = (row: Membership) => idOf(row.tenant as ID | { id: ID })
  const isMember = rows.some((row) => String(tenantOf(row)) === String(commune.id))
  if (!isMember)
    await run.payload.update({
      collection: 'users',
      id: existing.id,
      ...QUIET_USER,
      data: {
        tenants: [
          ...rows.map((row) => ({ tenant: tenantOf(row) as number, role: row.role })),
          { tenant: commune.id as number, role: member.role },
        ],
      },
    })
  const token = run.options.reinvite ? await createInvitationToken(run.payload, member.email) : null
  return { kind: isMember ? 'member' : 'added', userId: existing.id, token }
}

type Account = { id: ID; email: string; tenants?: Membership[] | null }

/** The accounts the board's emails already have, in one query. */
const existingAccounts = async (run: Run, board: BoardMember[]): Promise<Map<string, Account>> => {
  if (!board.length) return new Map()
  const found = await run.payload.find({
    collection: 'users',
    where: { email: { in: board.map((m) => m.email) } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map((found.docs as unknown as Account[]).map((u) => [u.email, u]))
}

const reportMember = async (run: Run, commune: CommuneDoc, member: BoardMember, outcome: MemberOutcome) => {
  const roleVi = ROLE_LABELS_VI[member.role]
  if (outcome.kind === 'created') did(run, `Tạo tài khoản ${member.email} (${roleVi})`)
  else if (outcome.kind === 'member') run.steps.push(`Đã có tài khoản ${member.email} trong ban biên tập`)
  else {
    did(run, `Thêm tài khoản đã có ${member.email} vào ban biên tập (${roleVi})`)
    await audit(run, {
      collection: 'users',
      documentId: outcome.userId,
      tenant: commune.id,
      summary: `Thêm ${member.email} vào ban biên tập (${roleVi})`,
      details: { step: 'member', role: member.role },
    })
  }
}

/** Emails the invitation when SMTP is configured; otherwise (or when sending fails) the link is returned, once. */
const invite = async (
  run: Run,
  commune: CommuneDoc,
  member: BoardMember,
  outcome: MemberOutcome & { token: string },
): Promise<Invitation> => {
  const base = adminBaseUrl(run.options.req)
  const link = invitationLink(run.payload, outcome.token, base)
  const expires = new Date(Date.now() + INVITATION_TTL_MS)
  let emailed = false
  try {
    emailed = await sendInvitation({
      to: member.email,
      name: member.name,
      role: member.role,
      communeName: commune.name,
      link,
      loginUrl: `${base}${run.payload.config.routes.admin}`,
      expires,
    })
  } catch (err) {
    run.log(
      `Provisioning: invitation email to ${member.email} failed (${(err as Error).message}); the link is returned instead`,
    )
    run.warnings.push(`Không gửi được thư mời tới ${member.email}; hãy trao liên kết mời cho người này.`)
  }
  did(run, emailed ? `Gửi thư mời tới ${member.email}` : `Tạo liên kết mời cho ${member.email} (chỉ hiện một lần)`)
  run.log(`Provisioning: invitation for ${member.email} ${emailed ? 'emailed' : 'returned to the caller'}`)
  await audit(run, {
    action: 'invite',
    collection: 'users',
    documentId: outcome.userId,
    tenant: commune.id,
    summary: `Mời ${member.email} (${ROLE_LABELS_VI[member.role]})`,
    details: { role: member.role, emailed, expires: expires.toISOString() },
  })
  return { email: member.email, name: member.name, role: member.role, link: emailed ? null : link, emailed }
}

/**
 * Accounts of the board, then the invitations. The accounts are made together: hashing one
 * password waits on the thread pool while the next one's policy check runs.
 */
export const addBoard = async (
  run: Run,
  commune: CommuneDoc,
  board: BoardMember[],
): Promise<{ invitations: Invitation[]; createdAccounts: string[] }> => {
  const accounts = await existingAccounts(run, board)
  const settled = await Promise.allSettled(
    board.map((member) => {
      const account = accounts.get(member.email)
      return account ? joinAccount(run, commune, member, account) : createAccount(run, commune, member)
    }),
  )
  const failed = settled.find((s) => s.status === 'rejected')
  if (failed) throw failed.reason
  const outcomes = settled.map((s) => (s as PromiseFulfilledResult<MemberOutcome>).value)
  const invitations: Invitation[] = []
  for (const [i, member] of board.entries()) {
    const outcome = outcomes[i]!
    await reportMember(run, commune, member, outcome)
    if (outcome.token) invitations.push(await invite(run, commune, member, { ...outcome, token: outcome.token }))
  }
  const createdAccounts = board.filter((_, i) => outcomes[i]!.kind === 'created').map((m) => m.email)
  return { invitations, createdAccounts }
}
