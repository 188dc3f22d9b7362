import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Commune } from '../../cms/payload-types'
import { readCommuneContent } from '../../cms/features/publishing/snapshot/read-content'
import { turnCounter } from '../support/event-loop-turns'
import { startLocalPayload } from '../support/local-payload'
import { seedFirstDistrict } from '../support/seed-district'

/**
 * Builds run in the server's own process, and SQLite answers synchronously: a chain of reads or
 * writes runs to its end before anything else, a site page included (issue 16: 1-5 s during a
 * rebuild). A commune's content reads start each in a turn of the event loop of its own, and the
 * build leases are renewed in one write. Local API on a fresh database with one demo commune.
 */
describe('builds leave the server turns to answer', () => {
  let local: Awaited<ReturnType<typeof startLocalPayload>> | undefined
  let commune: Commune
  beforeAll(async () => {
    local = await startLocalPayload()
    await seedFirstDistrict(local.payload, { communes: 1, scale: 1 })
    const found = await local.payload.find({ collection: 'communes', limit: 1, depth: 1, overrideAccess: true })
    commune = found.docs[0] as Commune
  }, 300_000)
  afterAll(async () => local?.stop())

  it("starts each read of a commune's content in a turn of its own, and reads what the collections hold", async () => {
    const payload = local!.payload
    const counter = turnCounter()
    const startedAt: number[] = []
    // The same Payload, noting the turn in which each read starts.
    const noting = new Proxy(payload, {
      get: (target, key, receiver) => {
        const value = Reflect.get(target, key, receiver)
        if (key !== 'find' && key !== 'findGlobal') return value
        return (...args: unknown[]) => {
          startedAt.push(counter.now())
          return (value as (...a: unknown[]) => unknown).apply(target, args)
        }
      },
    }) as Payload
    let content: Awaited<ReturnType<typeof readCommuneContent>>
    try {
      content = await readCommuneContent(noting, commune)
    } finally {
      counter.stop()
    }
    expect(startedAt).toHaveLength(12)
    expect(new Set(startedAt).size).toBe(12)

    const published = await payload.find({
      collection: 'posts',
      where: { and: [{ tenant: { equals: commune.id } }, { _status: { equals: 'published' } }] },
      sort: '-publishedAt',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(published.docs.length).toBeGreaterThan(0)
    expect(content.posts.map((p) => p.id)).toEqual(published.docs.map((p) => p.id))
    expect(content.settings?.tenant).toBeTruthy()
    expect(content.categories.length).toBeGreaterThan(0)
  })

  it("renews every lease of this worker, and no other worker's", async () => {
    const payload = local!.payload
    const { acquireLease, releaseLease, renewLeases, LEASE_MS, WORKER_ID } = await import(
      '../../cms/features/publishing/leases'
    )
    const keys = ['site:renew-a', 'site:renew-b', 'site:renew-c']
    for (const key of keys) expect(await acquireLease(payload, key)).toBe(true)
    const soon = new Date(Date.now() + 1_000).toISOString()
    await payload.update({ collection: 'build-leases', where: { key: { in: keys } }, data: { expiresAt: soon } })
    const other = await payload.create({
      collection: 'build-leases',
      data: { key: 'site:renew-other', owner: 'another-host:1:abcdef', expiresAt: soon },
    })
    try {
      const before = Date.now()
      await renewLeases(payload)
      const leases = await payload.find({ collection: 'build-leases', limit: 0, pagination: false, depth: 0 })
      const ours = leases.docs.filter((l) => keys.includes(l.key))
      expect(ours.map((l) => l.owner)).toEqual([WORKER_ID, WORKER_ID, WORKER_ID])
      for (const lease of ours) expect(Date.parse(lease.expiresAt)).toBeGreaterThanOrEqual(before + LEASE_MS - 1_000)
      expect(leases.docs.find((l) => l.id === other.id)?.expiresAt).toBe(soon)
    } finally {
      for (const key of keys) await releaseLease(payload, key)
      await payload.delete({ collection: 'build-leases', id: other.id })
    }
  })
})
