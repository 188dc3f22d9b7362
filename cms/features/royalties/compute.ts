/**
 * The monthly royalty statement of a commune, computed from the province's rules. Pure: the
 * endpoint reads the items and the rules, this module only counts.
 *
 * Money is in whole đồng. For each item: points = the chief's points (else the genre's), times
 * the reprint fraction for reprints (zero for copies of the province's shared news); the authors' amount = points × value of a point × the
 * commune's coefficient, split by the authors' shares; the photographers share the photo points
 * equally the same way. Each person's line is rounded half-up to the đồng. When the month's total
 * exceeds the cap, every person's total is multiplied by cap / total and rounded down, so the
 * total never exceeds the cap; `cap` in the answer says so and by how much.
 */

export type RoyaltyRulesInput = {
  pointValue: number
  reprintPercent: number
  photoPoints: number
  monthlyCap: number
  coefficient: number
}

export type RoyaltyItemInput = {
  id: number | string
  collection: string
  title: string
  publishedAt: string
  genre: string | null
  points: number | null
  reprint: boolean
  /** A copy of the province's shared news ("Tin từ tỉnh"): nobody of the commune wrote it, nothing is paid. */
  syndicated?: boolean
  authors: { name: string; share: number }[]
  photographers: { name: string }[]
}

export type StatementLine = { name: string; role: 'author' | 'photographer'; share: number; amount: number }
export type StatementItem = Omit<RoyaltyItemInput, 'authors' | 'photographers'> & {
  points: number
  amount: number
  lines: StatementLine[]
}
export type StatementPerson = { name: string; amount: number; uncapped: number }
export type StatementCap = { cap: number; uncappedTotal: number; ratio: number } | null

export type ComputedStatement = {
  rules: RoyaltyRulesInput
  items: StatementItem[]
  people: StatementPerson[]
  total: number
  cap: StatementCap
}

const normalName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim()

function itemLines(item: RoyaltyItemInput, rules: RoyaltyRulesInput): { points: number; lines: StatementLine[] } {
  const fraction = item.syndicated ? 0 : item.reprint ? rules.reprintPercent / 100 : 1
  const points = (item.points ?? 0) * fraction
  const perPoint = rules.pointValue * rules.coefficient
  const lines: StatementLine[] = item.authors
    .filter((a) => normalName(a.name))
    .map((a) => ({
      name: normalName(a.name),
      role: 'author',
      share: a.share,
      amount: Math.round((points * perPoint * a.share) / 100),
    }))
  const photographers = item.photographers.filter((p) => normalName(p.name))
  // An item the chief has not scored pays nobody yet, its photographers included.
  const photoPoints = item.points === null ? 0 : rules.photoPoints * fraction
  for (const p of photographers) {
    const share = 100 / photographers.length
    lines.push({
      name: normalName(p.name),
      role: 'photographer',
      share,
      amount: Math.round((photoPoints * perPoint) / photographers.length),
    })
  }
  return { points, lines: photoPoints > 0 ? lines : lines.filter((l) => l.role === 'author') }
}

/** The statement: items in publication order, people by name (Vietnamese order), totals, the cap. */
export function computeStatement(items: RoyaltyItemInput[], rules: RoyaltyRulesInput): ComputedStatement {
  const rows: StatementItem[] = [...items]
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
    .map(({ authors: _a, photographers: _p, ...item }) => {
      const { points, lines } = itemLines({ ...item, authors: _a, photographers: _p }, rules)
      return { ...item, points, lines, amount: lines.reduce((sum, l) => sum + l.amount, 0) }
    })
  const totals = new Map<string, number>()
  for (const row of rows)
    for (const line of row.lines) totals.set(line.name, (totals.get(line.name) ?? 0) + line.amount)
  const uncappedTotal = [...totals.values()].reduce((a, b) => a + b, 0)
  const capped = rules.monthlyCap > 0 && uncappedTotal > rules.monthlyCap
  const ratio = capped ? rules.monthlyCap / uncappedTotal : 1
  // Unscored items name their authors with nothing to pay: they stay in the items, not in the list of payees.
  const people = [...totals.entries()]
    .filter(([, uncapped]) => uncapped > 0)
    .map(([name, uncapped]) => ({ name, uncapped, amount: capped ? Math.floor(uncapped * ratio) : uncapped }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  return {
    rules,
    items: rows,
    people,
    total: people.reduce((sum, p) => sum + p.amount, 0),
    cap: capped ? { cap: rules.monthlyCap, uncappedTotal, ratio } : null,
  }
}

/** The instants [start, end) of a month YYYY-MM in Vietnam time; undefined for a malformed month. */
export function monthRange(month: string): { start: Date; end: Date } | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month)
  if (!match) return undefined
  const year = Number(match[1])
  const m = Number(match[2])
  const start = new Date(`${match[1]}-${match[2]}-01T00:00:00+07:00`)
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
  return { start, end: new Date(`${next}-01T00:00:00+07:00`) }
}
