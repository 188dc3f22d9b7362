import fs from 'node:fs'
import path from 'node:path'
import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'
import { idOf, type ID } from '../../access/roles'
import { writeAudit } from '../../hooks/audit'
import { dataDir } from '../../runtime/data-dir'
import { COMMUNE_CONTENT } from '../../collections/commune-scoped'
import { acquireLease, releaseLease } from '../publishing/leases'
import { requestSiteBuilds } from '../publishing/queue'
import { announceCommuneRemoved } from '../../runtime/commune-changes'
import { DIRECTORY_SITE } from '../../../contract/snapshot'

/** How long a removal waits for a build of the commune's site in flight. */
const REMOVAL_WAIT_MS = 10 * 60_000

/** Deletions done here are not editors' changes: no audit entry each, no site rebuild each. */
const QUIET = { skipAudit: true, skipSiteBuild: true, removingCommune: true } as const

export type RemovalReport = {
  exportDir: string
  documents: Record<string, number>
  mediaFiles: number
  usersDeleted: number
  usersKept: number
}

type Doc = Record<string, unknown> & { id: ID }
type BoardUser = Doc & { email: string; tenants?: { tenant?: ID | { id: ID } | null; role?: string | null }[] | null }

const stamp = () =>
  new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

type Commune = Doc & { slug: string; name: string }

const findAll = async (payload: Payload, collection: 'users' | 'audit-logs', where: Where): Promise<Doc[]> =>
  (await payload.find({ collection, where, limit: 0, pagination: false, depth: 0, overrideAccess: true }))
    .docs as unknown as Doc[]

/** The file names of the media documents, every image size included. */
const mediaFileNames = (media: Doc[]): string[] =>
  media
    .flatMap((m) => [
      m.filename,
      ...Object.values((m.sizes as Record<string, { filename?: string }> | undefined) ?? {}).map((s) => s?.filename),
    ])
    .filter((f): f is string => typeof f === 'string' && f.length > 0)

/** Copies the commune's files into the export; how many were there. */
const copyMediaFiles = (names: string[], exportDir: string): number => {
  fs.mkdirSync(path.join(exportDir, 'media'), { recursive: true })
  let copied = 0
  for (const file of names) {
    const from = path.join(dataDir(), 'media', file)
    if (!fs.existsSync(from)) continue
    fs.copyFileSync(from, path.join(exportDir, 'media', file))
    copied++
  }
  return copied
}

type CommuneExport = { exportDir: string; board: BoardUser[]; mediaFiles: number }

/**
 * Step 1: everything the commune holds goes to DATA_DIR/exports/<slug>-<time>/ (content.json +
 * media/), written, then read back and compared: an incomplete export throws before anything
 * is deleted.
 */
export const exportCommune = async (payload: Payload, commune: Commune): Promise<CommuneExport> => {
  const exportDir = path.join(dataDir(), 'exports', `${commune.slug}-${stamp()}`)
  const tenant: Where = { tenant: { equals: commune.id } }
  const collections: Record<string, Doc[]> = {}
  for (const slug of COMMUNE_CONTENT)
    collections[slug] = (
      await payload.find({
        collection: slug,
        where: tenant,
        limit: 0,
        pagination: false,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })
    ).docs as unknown as Doc[]
  const board = (await findAll(payload, 'users', { 'tenants.tenant': { equals: commune.id } })) as BoardUser[]
  const content = {
    exportedAt: new Date().toISOString(),
    commune,
    collections,
    users: board.map(({ id: userId, email, name, tenants, globalRole, createdAt }) => ({
      id: userId,
      email,
      name,
      globalRole,
      tenants,
      createdAt,
    })),
    auditLog: await findAll(payload, 'audit-logs', tenant),
  }
  const mediaFiles = copyMediaFiles(mediaFileNames(collections.media ?? []), exportDir)
  fs.writeFileSync(path.join(exportDir, 'content.json.tmp'), JSON.stringify(content, null, 1))
  fs.renameSync(path.join(exportDir, 'content.json.tmp'), path.join(exportDir, 'content.json'))
  const readBack = JSON.parse(fs.readFileSync(path.join(exportDir, 'content.json'), 'utf8')) as typeof content
  for (const slug of COMMUNE_CONTENT)
    if (readBack.collections[slug]?.length !== collections[slug]!.length)
      throw new Error(`export of ${commune.slug} incomplete (${slug}); nothing was deleted`)
  return { exportDir, board, mediaFiles }
}

/**
 * Takes the commune's build lease: a build in flight (a batch holds its communes' leases to the
 * end) finishes first, and none starts until the site folder is gone. A worker that died loses
 * its lease within LEASE_MS; one that lives longer than REMOVAL_WAIT_MS is stuck, and nothing
 * is deleted.
 */
const waitForBuildLease = async (payload: Payload, commune: Commune, exportDir: string): Promise<void> => {
  const until = Date.now() + REMOVAL_WAIT_MS
  while (!(await acquireLease(payload, `site:${commune.id}`))) {
    if (Date.now() > until)
      throw new APIError(
        `Xóa đơn vị: trang của ${commune.name} đang được xây dựng quá lâu; chưa xóa gì (bản xuất đã ghi tại ${exportDir}). Hãy thử lại sau.`,
        409,
      )
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The board: accounts of this commune only are deleted; the others just lose this membership. */
const removeBoard = async (payload: Payload, id: ID, board: BoardUser[]) => {
  let usersDeleted = 0
  let usersKept = 0
  for (const user of board) {
    const others = (user.tenants ?? []).filter((m) => String(idOf(m.tenant)) !== String(id))
    if (others.length || user.globalRole === 'province-admin' || user.globalRole === 'district-viewer') {
      await payload.update({
        collection: 'users',
        id: user.id,
        data: { tenants: others as never },
        depth: 0,
        overrideAccess: true,
        context: QUIET,
      })
      usersKept++
    } else {
      await payload.delete({ collection: 'users', id: user.id, depth: 0, overrideAccess: true, context: QUIET })
      usersDeleted++
    }
  }
  return { usersDeleted, usersKept }
}

/** Step 2: content first (media files go with their documents), the board, the commune, its site. */
const deleteCommune = async (payload: Payload, commune: Commune, board: BoardUser[]) => {
  const documents: Record<string, number> = {}
  for (const slug of COMMUNE_CONTENT) {
    const result = await payload.delete({
      collection: slug,
      where: { tenant: { equals: commune.id } },
      depth: 0,
      overrideAccess: true,
      context: QUIET,
    })
    documents[slug] = result.docs.length
  }
  const users = await removeBoard(payload, commune.id, board)
  await payload.delete({ collection: 'communes', id: commune.id, depth: 0, overrideAccess: true, context: QUIET })
  announceCommuneRemoved(commune.id)
  fs.rmSync(path.join(dataDir(), 'sites', commune.slug), { recursive: true, force: true })
  return { documents, ...users }
}

/**
 * Deletes a commune after exporting everything it holds: its record, site settings, every
 * document of every content collection (the latest version, drafts included), its media files,
 * its board (without password hashes or sessions) and its audit log, into
 * DATA_DIR/exports/<slug>-<time>/ (content.json + media/). Nothing is deleted unless the export
 * was written and read back complete. Then the content, the media files, the accounts that
 * belonged to this commune only (others just lose this membership), the built site and the
 * commune itself are removed, and the province directory is rebuilt.
 */
export const removeCommune = async (
  payload: Payload,
  id: ID,
  { req }: { req?: PayloadRequest } = {},
): Promise<RemovalReport> => {
  const commune = (await payload.findByID({
    collection: 'communes',
    id,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Commune
  const { exportDir, board, mediaFiles } = await exportCommune(payload, commune)
  await waitForBuildLease(payload, commune, exportDir)
  let deleted: Awaited<ReturnType<typeof deleteCommune>>
  try {
    deleted = await deleteCommune(payload, commune, board)
  } finally {
    await releaseLease(payload, `site:${id}`)
  }
  const { documents, usersDeleted, usersKept } = deleted
  const report: RemovalReport = { exportDir, documents, mediaFiles, usersDeleted, usersKept }
  if (req)
    await writeAudit(
      req,
      {
        action: 'delete',
        collection: 'communes',
        documentId: id,
        summary: `Xóa đơn vị ${commune.name} (đã xuất dữ liệu)`,
        details: report,
      },
      { inTransaction: false },
    )
  await requestSiteBuilds(payload, [DIRECTORY_SITE])
  return report
}
