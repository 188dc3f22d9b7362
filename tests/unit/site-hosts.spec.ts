import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { communeHosts, noteCommuneChange, noteCommuneRemoved, type CommuneHostRow } from '../../cms/serving/hosts'

/** A Local API stand-in whose `find` answers with `rows()` as they are when asked, after `delay` ms. */
const fakePayload = (rows: () => CommuneHostRow[], delay = 0) =>
  ({
    find: async () => {
      const snapshot = rows().map((r) => ({ ...r }))
      await new Promise((resolve) => setTimeout(resolve, delay))
      return { docs: snapshot }
    },
    logger: { warn: () => undefined },
  }) as unknown as Payload

const row = (over: Partial<CommuneHostRow> = {}): CommuneHostRow => ({
  id: 9001,
  slug: 'xa-thu',
  name: 'Xã Thử',
  status: 'live',
  domains: [{ domain: 'xathu.gov.vn' }],
  matomoSiteId: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
})

describe('site host table', () => {
  it('a change made in this process applies at once, on every host name of the commune', async () => {
    let db = [row()]
    const lookup = communeHosts(fakePayload(() => db))
    expect(await lookup('xa-thu.localhost')).toMatchObject({ suspended: false })
    const suspended = row({ status: 'suspended', updatedAt: '2026-01-01T00:00:01.000Z' })
    noteCommuneChange(suspended)
    expect(lookup('xa-thu.localhost')).toMatchObject({ suspended: true })
    expect(lookup('XaThu.gov.vn')).toMatchObject({ suspended: true })
    db = [suspended]
    noteCommuneChange(row({ updatedAt: '2026-01-01T00:00:02.000Z' }))
    expect(lookup('xa-thu.localhost')).toMatchObject({ suspended: false })
  })

  it('a table read before the change was stored does not bring the old state back', async () => {
    const db = [row({ id: 9002, slug: 'xa-cu', domains: [] })]
    const lookup = communeHosts(fakePayload(() => db, 50))
    expect(await lookup('xa-cu.localhost')).toMatchObject({ suspended: false })
    // A refresh starts (an unknown host asks for one) and reads the old row...
    const pending = lookup('chua-co.localhost')
    noteCommuneChange(
      row({ id: 9002, slug: 'xa-cu', domains: [], status: 'suspended', updatedAt: '2026-01-01T00:00:05.000Z' }),
    )
    await pending
    // ...but the change is newer than what it read.
    expect(lookup('xa-cu.localhost')).toMatchObject({ suspended: true })
  })

  it('a removed commune serves nothing from then on', async () => {
    const lookup = communeHosts(fakePayload(() => [row({ id: 9003, slug: 'xa-xoa', domains: [] })]))
    expect(await lookup('xa-xoa.localhost')).toBeDefined()
    noteCommuneRemoved(9003)
    expect(lookup('xa-xoa.localhost')).toBeUndefined()
  })
})
