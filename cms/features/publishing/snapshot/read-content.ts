import { setImmediate } from 'node:timers/promises'
import type { Payload, Where } from 'payload'
import type { Commune } from '../../../payload-types'
import { readProvince } from '../../province'

/** The default turn between reads: the event loop runs (requests, I/O) before the next starts. */
const nextTurn = (): Promise<void> => setImmediate()

/**
 * Starts each read after a turn, and waits for them all. SQLite answers synchronously, so
 * twelve reads started at once ran as one chain of 100-230 ms (more on a busy machine) in which
 * the server answered nothing; on a database that answers asynchronously (MongoDB) the reads
 * still overlap, as they did with Promise.all.
 */
const inTurns = async <const T extends readonly (() => Promise<unknown>)[]>(
  reads: T,
  turn: () => Promise<void>,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> => {
  const started: Promise<unknown>[] = []
  for (const read of reads) {
    await turn()
    started.push(read())
  }
  return (await Promise.all(started)) as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }
}

/**
 * Everything a commune's site shows, read in one round of queries: what is published, and for
 * the footer the name of an active editor-in-chief. `turn` is awaited before each read (a
 * batch's also waits for the publishing of its process, publishing/yielding.ts).
 */
export const readCommuneContent = async (payload: Payload, commune: Commune, turn = nextTurn) => {
  const tenant: Where = { tenant: { equals: commune.id } }
  const published: Where = { and: [tenant, { _status: { equals: 'published' } }] }
  const all = { limit: 0, pagination: false, depth: 1, overrideAccess: true } as const
  const activeChief: Where = {
    and: [
      { 'tenants.tenant': { equals: commune.id } },
      { 'tenants.role': { equals: 'chief' } },
      { disabled: { not_equals: true } },
    ],
  }
  const answered: Where = { and: [tenant, { published: { equals: true } }] }
  const [
    categories,
    posts,
    pages,
    announcements,
    documents,
    officials,
    disclosures,
    procedures,
    questions,
    settings,
    chiefs,
    province,
  ] = await inTurns(
    [
      () => payload.find({ collection: 'categories', where: tenant, sort: 'order', ...all, depth: 0 }),
      () => payload.find({ collection: 'posts', where: published, sort: '-publishedAt', ...all }),
      // Depth 1: images inside the pages' rich text come with their files (sizes, alt).
      () => payload.find({ collection: 'pages', where: published, sort: 'order', ...all }),
      () => payload.find({ collection: 'announcements', where: published, sort: '-publishedAt', ...all }),
      () => payload.find({ collection: 'documents', where: published, sort: '-issueDate', ...all }),
      () => payload.find({ collection: 'officials', where: tenant, sort: 'order', ...all }),
      () => payload.find({ collection: 'disclosures', where: published, sort: '-decisionDate', ...all }),
      () => payload.find({ collection: 'procedures', where: tenant, sort: 'name', ...all, depth: 0 }),
      () => payload.find({ collection: 'questions', where: answered, sort: '-answeredAt', ...all, depth: 0 }),
      () => payload.find({ collection: 'site-settings', where: tenant, limit: 1, depth: 0, overrideAccess: true }),
      () => payload.find({ collection: 'users', where: activeChief, limit: 1, depth: 0, overrideAccess: true }),
      () => readProvince(payload),
    ],
    turn,
  )
  return {
    categories: categories.docs,
    posts: posts.docs,
    pages: pages.docs,
    announcements: announcements.docs,
    documents: documents.docs,
    officials: officials.docs,
    disclosures: disclosures.docs,
    procedures: procedures.docs,
    questions: questions.docs,
    settings: settings.docs[0],
    chief: chiefs.docs[0],
    province,
  }
}

export type CommuneContent = Awaited<ReturnType<typeof readCommuneContent>>
