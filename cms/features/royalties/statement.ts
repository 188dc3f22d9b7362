import type { Payload } from 'payload'
import { idOf } from '../../access/roles'
import { GENRES_SLUG } from './genres'
import {
  type ComputedStatement,
  computeStatement,
  monthRange,
  type RoyaltyItemInput,
  type RoyaltyRulesInput,
} from './compute'
import { RULES_SLUG } from './rules'
import { STATEMENTS_SLUG } from './statements'

export type Commune = { id: number | string; name: string; slug: string; type?: string | null }

/** The answer of GET /api/royalties/statement. */
export type Statement = ComputedStatement & {
  commune: string
  communeName: string
  month: string
  locked: boolean
  lockedAt: string | null
}

type Rules = {
  pointValue?: number | null
  reprintPercent?: number | null
  photoPoints?: number | null
  monthlyCap?: number | null
  includeAnnouncements?: boolean | null
  classCoefficients?: { xa?: number | null; phuong?: number | null; thiTran?: number | null } | null
  communeCoefficients?: { commune?: unknown; coefficient?: number | null }[] | null
}

const CLASS_KEY: Record<string, 'xa' | 'phuong' | 'thiTran'> = { xa: 'xa', phuong: 'phuong', 'thi-tran': 'thiTran' }

/** The rules in force for one commune: its own coefficient, else its class's, else 1. */
export const rulesFor = (rules: Rules, commune: Commune): RoyaltyRulesInput => {
  const own = rules.communeCoefficients?.find((row) => String(idOf(row.commune as never)) === String(commune.id))
  const byClass = rules.classCoefficients?.[CLASS_KEY[commune.type ?? 'xa'] ?? 'xa']
  return {
    pointValue: rules.pointValue ?? 0,
    reprintPercent: rules.reprintPercent ?? 100,
    photoPoints: rules.photoPoints ?? 0,
    monthlyCap: rules.monthlyCap ?? 0,
    coefficient: own?.coefficient ?? byClass ?? 1,
  }
}

type PostRow = {
  id: number | string
  title: string
  firstPublishedAt?: string | null
  publishedAt?: string | null
  origin?: string | null
  reprint?: { sharedNews?: unknown } | null
  royaltyGenre?: { name?: string; points?: number } | number | null
  royaltyPoints?: number | null
  authors?: { name?: string | null; share?: number | null }[] | null
  photographers?: { name?: string | null }[] | null
}

/** The collections whose items are paid: news items, and announcements where the rules say so. */
export type PaidCollection = 'posts' | 'announcements'

const toItem = (collection: PaidCollection, post: PostRow): RoyaltyItemInput => {
  const genre = post.royaltyGenre && typeof post.royaltyGenre === 'object' ? post.royaltyGenre : null
  return {
    id: post.id,
    collection,
    title: post.title,
    publishedAt: post.firstPublishedAt ?? post.publishedAt ?? '',
    genre: genre?.name ?? null,
    points: post.royaltyPoints ?? genre?.points ?? null,
    reprint: post.origin === 'reprint',
    syndicated: Boolean(post.reprint?.sharedNews),
    authors: (post.authors ?? []).map((a) => ({ name: a.name ?? '', share: a.share ?? 100 })),
    photographers: (post.photographers ?? []).map((p) => ({ name: p.name ?? '' })),
  }
}

/** The commune's items of one collection first published in the month (Vietnam time), live now. */
const itemsOf = async (
  payload: Payload,
  collection: PaidCollection,
  commune: Commune,
  month: string,
): Promise<RoyaltyItemInput[]> => {
  const range = monthRange(month)
  if (!range) return []
  const { docs } = await payload.find({
    collection,
    where: {
      tenant: { equals: commune.id },
      _status: { equals: 'published' },
      firstPublishedAt: { greater_than_equal: range.start.toISOString(), less_than: range.end.toISOString() },
    },
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    populate: { [GENRES_SLUG]: { name: true, points: true } } as never,
  })
  return (docs as unknown as PostRow[]).map((doc) => toItem(collection, doc))
}

/** The month's statement: the locked snapshot when the chief locked it, else computed now. */
export const loadStatement = async (payload: Payload, commune: Commune, month: string): Promise<Statement> => {
  const { docs } = await payload.find({
    collection: STATEMENTS_SLUG as never,
    where: { commune: { equals: commune.id }, month: { equals: month } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const locked = docs[0] as { snapshot?: ComputedStatement; lockedAt?: string } | undefined
  const head = { commune: commune.slug, communeName: commune.name, month }
  if (locked?.snapshot) return { ...head, ...locked.snapshot, locked: true, lockedAt: locked.lockedAt ?? null }
  const rules = (await payload.findGlobal({ slug: RULES_SLUG as never, depth: 0, overrideAccess: true })) as Rules
  const paid: PaidCollection[] = rules.includeAnnouncements ? ['posts', 'announcements'] : ['posts']
  const items = (await Promise.all(paid.map((collection) => itemsOf(payload, collection, commune, month)))).flat()
  const computed = computeStatement(items, rulesFor(rules, commune))
  return { ...head, ...computed, locked: false, lockedAt: null }
}

/** Locks the month: stores the statement as it is now. Locking twice keeps the first snapshot. */
export const lockStatement = async (
  payload: Payload,
  commune: Commune,
  month: string,
  userId: number | string,
): Promise<Statement> => {
  const current = await loadStatement(payload, commune, month)
  if (current.locked) return current
  const { commune: _c, communeName: _n, month: _m, locked: _l, lockedAt: _a, ...snapshot } = current
  const lockedAt = new Date().toISOString()
  await payload.create({
    collection: STATEMENTS_SLUG as never,
    data: { commune: commune.id, month, total: current.total, lockedAt, lockedBy: userId, snapshot } as never,
    overrideAccess: true,
  })
  return { ...current, locked: true, lockedAt }
}
