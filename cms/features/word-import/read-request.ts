import type { PayloadRequest } from 'payload'
import { asRoleUser, isProvinceAdmin, memberRoleIn, type RoleUser } from '../../access/roles'
import { importText, type ImportKind, MAX_DOCX_MB } from './messages'

/** A refusal: the HTTP status and the Vietnamese sentence the admin shows. */
export class ImportRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export type ImportRequest = {
  user: RoleUser
  file: { name: string; type: string; buffer: Buffer }
  tenant: number | string
  commune: string
}

const MB = 1024 * 1024

const formOf = async (req: PayloadRequest): Promise<FormData | null> => {
  if (!/^multipart\/form-data/i.test(req.headers.get('content-type') ?? '')) return null
  try {
    return (await req.formData?.()) ?? null
  } catch {
    return null
  }
}

/** The commune's name, or null when the ID names none (or is not an ID at all). */
const communeName = async (req: PayloadRequest, tenant: string): Promise<string | null> => {
  if (!/^\d+$/.test(tenant) && !/^[a-f0-9]{24}$/i.test(tenant)) return null
  const found = await req.payload
    .find({ collection: 'communes', where: { id: { equals: tenant } }, depth: 0, limit: 1, overrideAccess: true, req })
    .catch(() => null)
  const doc = found?.docs[0] as { name?: string } | undefined
  return doc ? (doc.name ?? tenant) : null
}

/**
 * Who imports what into which commune, checked in the order a person can fix it: signed in,
 * a file, a commune, a board role there (or the province admin), the size. The collection's
 * own create access and hooks still run when the draft is saved.
 */
export const readImportRequest = async (req: PayloadRequest, kind: ImportKind): Promise<ImportRequest> => {
  const user = asRoleUser(req.user)
  if (!user) throw new ImportRefusal(401, importText.signIn)
  const form = await formOf(req)
  const file = form?.get('file')
  if (!file || typeof file === 'string') throw new ImportRefusal(400, importText.noFile)
  const name = (file.name || 'tệp không tên').normalize('NFC').slice(0, 200)
  const tenantValue = form?.get('tenant')
  const tenant = typeof tenantValue === 'string' ? tenantValue.trim() : ''
  if (!tenant) throw new ImportRefusal(400, importText.noTenant(name))
  const commune = await communeName(req, tenant)
  if (commune === null) throw new ImportRefusal(400, importText.unknownCommune(name))
  if (!isProvinceAdmin(user) && !memberRoleIn(user, tenant))
    throw new ImportRefusal(403, importText.notYourCommune(name, commune, kind.singular))
  if (file.size > MAX_DOCX_MB * MB) throw new ImportRefusal(413, importText.tooLarge(name))
  const buffer = Buffer.from(await file.arrayBuffer())
  return {
    user,
    file: { name, type: file.type, buffer },
    tenant: /^\d+$/.test(tenant) ? Number(tenant) : tenant,
    commune,
  }
}
