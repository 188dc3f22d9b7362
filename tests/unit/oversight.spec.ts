import { describe, expect, it } from 'vitest'
import { lastMonths, monthKey } from '../../cms/features/oversight/calendar'
import { disclosureState } from '../../cms/features/oversight/disclosure-deadlines'
import { REQUIRED_SECTIONS } from '../../cms/features/oversight/required-sections'
import { complianceScore } from '../../cms/features/oversight/score'
import { visitsStatusText } from '../../cms/features/oversight/labels'
import { bulkVisitUrls, parseBulkVisits, readVisits } from '../../cms/features/oversight/visits'

describe('oversight calendar', () => {
  it('keys months in Vietnam time and lists the last 12 oldest first', () => {
    // 2026-12-31 20:00 UTC is already 1 January 2027 in Vietnam.
    expect(monthKey(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01')
    const months = lastMonths(new Date('2026-03-15T00:00:00Z'))
    expect(months).toHaveLength(12)
    expect(months[0]).toBe('2025-04')
    expect(months[11]).toBe('2026-03')
  })
})

describe('disclosure deadlines', () => {
  const holidays: string[] = []
  // Monday 2026-11-02 09:00 Vietnam: five working days end on Monday 2026-11-09.
  const decision = '2026-11-02T02:00:00Z'
  it('is on time up to the fifth working day and late after it', () => {
    const published = (at: string) => ({ _status: 'published', decisionDate: decision, publicationDate: at })
    expect(disclosureState(published('2026-11-09T09:00:00Z'), new Date(), holidays)).toBe('on-time')
    expect(disclosureState(published('2026-11-10T02:00:00Z'), new Date(), holidays)).toBe('late')
  })
  it('is overdue when still unpublished after the fifth working day, pending before', () => {
    const draft = { _status: 'draft', decisionDate: decision }
    expect(disclosureState(draft, new Date('2026-11-09T10:00:00Z'), holidays)).toBe('pending')
    expect(disclosureState(draft, new Date('2026-11-10T02:00:00Z'), holidays)).toBe('overdue')
  })
  it('counts holidays as days off', () => {
    const draft = { _status: 'draft', decisionDate: decision }
    expect(disclosureState(draft, new Date('2026-11-10T02:00:00Z'), ['2026-11-04'])).toBe('pending')
  })
})

describe('compliance score', () => {
  it('is 100 for a complete, timely, fresh, responsive site and falls with each gap', () => {
    const full = { emptySections: 0, onTimeDisclosures: 3, dueDisclosures: 3, published30d: 4, unansweredQuestions: 0 }
    expect(complianceScore(full)).toBe(100)
    expect(complianceScore({ ...full, published30d: 0 })).toBe(80)
    expect(complianceScore({ ...full, onTimeDisclosures: 0 })).toBe(70)
    expect(complianceScore({ ...full, unansweredQuestions: 9 })).toBe(90)
    expect(complianceScore({ ...full, emptySections: REQUIRED_SECTIONS.length })).toBe(60)
  })
})

describe('Matomo bulk request', () => {
  it('asks two reports per site and reads them back in order, leaving out refused sites', () => {
    expect(bulkVisitUrls([7])).toEqual([
      'method=VisitsSummary.get&idSite=7&period=range&date=last30',
      'method=VisitsSummary.get&idSite=7&period=month&date=last12',
    ])
    const sites = parseBulkVisits(
      [7, 8],
      [{ nb_visits: 12 }, { '2026-11': { nb_visits: 5 }, '2026-12': [] }, { result: 'error', message: 'no' }, {}],
    )
    expect(sites).toEqual({ '7': { last30: 12, byMonth: { '2026-11': 5, '2026-12': 0 } } })
  })
})

describe('visits without Matomo', () => {
  it('says Matomo is not configured and asks nothing when MATOMO_URL or MATOMO_TOKEN is unset', async () => {
    const saved = { url: process.env.MATOMO_URL, token: process.env.MATOMO_TOKEN }
    delete process.env.MATOMO_URL
    process.env.MATOMO_TOKEN = 'unused-token'
    try {
      // No Payload is touched: the request object is never read when Matomo is not configured.
      const snapshot = await readVisits({} as never)
      expect(snapshot).toEqual({ status: 'unconfigured', fetchedAt: null, message: null, sites: {} })
      expect(visitsStatusText(snapshot.status)).toBe('Chưa có số liệu truy cập (chưa cấu hình Matomo)')
    } finally {
      if (saved.url === undefined) delete process.env.MATOMO_URL
      else process.env.MATOMO_URL = saved.url
      if (saved.token === undefined) delete process.env.MATOMO_TOKEN
      else process.env.MATOMO_TOKEN = saved.token
    }
  })
})
