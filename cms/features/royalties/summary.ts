import type { Payload } from 'payload'
import { type Commune, loadStatement } from './statement'

export type SummaryRow = {
  commune: string
  name: string
  locked: boolean
  items: number
  people: number
  total: number
}

/**
 * The province's summary for a month: one row per commune with its statement's total. Each
 * statement is its commune's own (locked snapshot or computed now); communes one after another
 * keep the database load flat.
 */
export const provinceSummary = async (payload: Payload, month: string) => {
  const { docs } = await payload.find({
    collection: 'communes',
    limit: 0,
    pagination: false,
    depth: 0,
    sort: 'code',
    overrideAccess: true,
    select: { name: true, slug: true, type: true },
  })
  const rows: SummaryRow[] = []
  for (const commune of docs as unknown as Commune[]) {
    const statement = await loadStatement(payload, commune, month)
    rows.push({
      commune: commune.slug,
      name: commune.name,
      locked: statement.locked,
      items: statement.items.length,
      people: statement.people.length,
      total: statement.total,
    })
  }
  return { month, rows, total: rows.reduce((sum, r) => sum + r.total, 0) }
}
