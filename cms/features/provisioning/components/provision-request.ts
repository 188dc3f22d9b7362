import { sendJson } from '../../../admin-ui/send-json'
import type { ProvisionResult } from '../provision'
import type { DomainRow, MemberRow, UnitValues } from './form-model'

/** The endpoint's answer (types only: nothing of the server module reaches the browser). */
export type ProvisionAnswer = ProvisionResult & { errors?: { field?: string; message?: string }[] }

/** What POST /api/communes/provision receives: blank rows are not sent. */
export const provisionBody = (unit: UnitValues, sentDomains: DomainRow[], sentBoard: MemberRow[]) => ({
  name: unit.name,
  type: unit.type,
  code: unit.code,
  district: unit.district,
  theme: unit.theme ? Number(unit.theme) : '',
  domains: sentDomains.map((d) => d.value.trim()),
  board: sentBoard.map(({ name, email, role }) => ({ name, email, role })),
})

/** Sends the form; null when the request could not be sent at all. */
export const sendProvision = async (
  apiBase: string,
  body: ReturnType<typeof provisionBody>,
): Promise<{ ok: boolean; status: number; answer: ProvisionAnswer | null } | null> => {
  let response: Response
  try {
    response = await sendJson(`${apiBase}/communes/provision`, body)
  } catch {
    return null
  }
  const answer = (await response.json().catch(() => null)) as ProvisionAnswer | null
  return { ok: response.ok, status: response.status, answer }
}

const UNIT_FIELDS = ['name', 'type', 'code', 'district', 'theme']

/**
 * The refusal's messages placed next to their inputs (by input id), the rest for the summary.
 * The server names rows by their index in what was sent; the form shows every row.
 */
export const placeErrors = (
  errors: NonNullable<ProvisionAnswer['errors']>,
  rows: { domains: DomainRow[]; sentDomains: DomainRow[]; board: MemberRow[]; sentBoard: MemberRow[] },
) => {
  const byField: Record<string, string> = {}
  const rest: string[] = []
  const add = (id: string, message: string) => {
    byField[id] = byField[id] ? `${byField[id]} ${message}` : message
  }
  for (const e of errors) {
    const message = e.message || ''
    const field = e.field ?? ''
    const domain = /^domains\[(\d+)\]$/.exec(field)
    const member = /^board\[(\d+)\]\.(name|email|role)$/.exec(field)
    const sentDomain = domain ? rows.sentDomains[Number(domain[1])] : undefined
    const sentMember = member ? rows.sentBoard[Number(member[1])] : undefined
    if (UNIT_FIELDS.includes(field)) add(`provision-${field}`, message)
    else if (sentDomain) add(`provision-domain-${rows.domains.indexOf(sentDomain)}`, message)
    else if (field === 'domains') add('provision-domains', message)
    else if (member && sentMember) add(`provision-member-${rows.board.indexOf(sentMember)}-${member[2]}`, message)
    else if (message) rest.push(message)
  }
  return { byField, rest }
}
