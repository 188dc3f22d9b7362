import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { privateSiteBuilder, privateSitesDir } from '../publishing/private-build-door'
import { overlayDraft, readLatest } from './item'
import { PREVIEW_TTL_MS, type PreviewGrant, previewKey } from './token'

export type BuiltPreview = { ok: true; root: string; buildMs: number } | { ok: false; error: string }

/** Builds under way, by preview folder: a second request for the same preview waits for the first. */
const building = new Map<string, Promise<BuiltPreview>>()

/** Never more than this many preview folders on disk (each is one commune's site). */
const MAX_PREVIEWS = 40

/**
 * Removes the folders of previews that have expired (their links answer 403 anyway), and the
 * oldest beyond MAX_PREVIEWS. A folder's time is when it was built.
 */
export const removeOldPreviews = (now = Date.now()): void => {
  const root = privateSitesDir()
  if (!fs.existsSync(root)) return
  const folders = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[0-9a-f]{32}$/.test(e.name) && !building.has(e.name))
    .map((e) => ({ name: e.name, time: fs.statSync(path.join(root, e.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)
  folders.forEach((folder, i) => {
    if (i >= MAX_PREVIEWS || now - folder.time > PREVIEW_TTL_MS)
      fs.rmSync(path.join(root, folder.name), { recursive: true, force: true })
  })
}

const build = async (payload: Payload, dir: string, grant: PreviewGrant): Promise<BuiltPreview> => {
  const started = Date.now()
  removeOldPreviews()
  const item = grant.item
  const draft = item ? await readLatest(payload, item.collection as never, item.id).catch(() => null) : null
  if (item && !draft) return { ok: false, error: 'Nội dung này không còn (đã bị xóa).' }
  const buildPrivateSite = privateSiteBuilder()
  if (!buildPrivateSite) return { ok: false, error: 'Máy chủ này không dựng trang; hãy thử lại sau.' }
  const report = await buildPrivateSite(payload, grant.commune, {
    dir,
    adjustContent: (content) => {
      if (item && draft) overlayDraft(content, item.collection as never, draft as never)
    },
    adjustSnapshot: (snapshot) => {
      if (grant.theme) snapshot.commune.theme = grant.theme
    },
    log: (line) => payload.logger.info(`Preview: ${line}`),
  })
  const failure = report.failed[0]
  if (failure || !report.built.includes(grant.commune)) {
    fs.rmSync(dir, { recursive: true, force: true })
    return { ok: false, error: failure?.error ?? 'Không dựng được trang.' }
  }
  const buildMs = Date.now() - started
  payload.logger.info(`Preview of ${grant.commune} built in ${buildMs} ms`)
  return { ok: true, root: path.join(dir, grant.commune, 'current'), buildMs }
}

/**
 * The preview's built site, built on its first request: the commune's published site with the
 * draft overlaid (or in another theme), in a private folder named after the token's hash.
 */
export const ensurePreview = (payload: Payload, token: string, grant: PreviewGrant): Promise<BuiltPreview> => {
  const key = previewKey(token)
  const dir = path.join(privateSitesDir(), key)
  const root = path.join(dir, grant.commune, 'current')
  const running = building.get(key)
  if (running) return running
  if (fs.existsSync(root)) return Promise.resolve({ ok: true, root, buildMs: 0 })
  const job = build(payload, dir, grant)
    .catch((err: Error): BuiltPreview => ({ ok: false, error: err.message }))
    .finally(() => building.delete(key))
  building.set(key, job)
  return job
}
