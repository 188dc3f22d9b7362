import type { Payload, Where } from 'payload'
import type { Commune } from '../../../payload-types'
import { readProvince } from '../../province'

/**
 * Everything a commune's site shows, read in one round of parallel queries: what is
 * published, and for the footer the name of an active editor-in-chief.
 */
export const readCommuneContent = async (payload: Payload, commune: Commune) => {
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
  ] = await Promise.all([
    payload.find({ collection: 'categories', where: tenant, sort: 'order', ...all, depth: 0 }),
    payload.find({ collection: 'posts', where: published, sort: '-publishedAt', ...all }),
    // Depth 1: images inside the pages' rich text come with their files (sizes, alt).
    payload.find({ collection: 'pages', where: published, sort: 'order', ...all }),
    payload.find({ collection: 'announcements', where: published, sort: '-publishedAt', ...all }),
    payload.find({ collection: 'documents', where: published, sort: '-issueDate', ...all }),
    payload.find({ collection: 'officials', where: tenant, sort: 'order', ...all }),
    payload.find({ collection: 'disclosures', where: published, sort: '-decisionDate', ...all }),
    payload.find({ collection: 'procedures', where: tenant, sort: 'name', ...all, depth: 0 }),
    payload.find({ collection: 'questions', where: answered, sort: '-answeredAt', ...all, depth: 0 }),
    payload.find({ collection: 'site-settings', where: tenant, limit: 1, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'users', where: activeChief, limit: 1, depth: 0, overrideAccess: true }),
    readProvince(payload),
  ])
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
