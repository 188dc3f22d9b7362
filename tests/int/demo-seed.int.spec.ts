import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SeedUnits } from '../../cms/features/provisioning/units'
import { startLocalPayload } from '../support/local-payload'
import { seedFingerprint } from '../support/seed-fingerprint'

/**
 * The demo seed stores exactly what it stored before it was made fast (issue 16): the
 * fingerprint of four communes (two with demo content) seeded on a fresh database equals the
 * one recorded with the seed as it was (rows and versions per collection, each item's commune,
 * slug and state, accounts and memberships, audit entries, uploads). After an intended change
 * of the demo content, record it again: UPDATE_SEED_FINGERPRINT=1, then `npx biome format --write` it.
 */
const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo-seed-fingerprint.json')
const NOW = new Date('2026-06-15T03:00:00Z')

type Credential = { email: string; password: string; role: string; commune: string | null }

describe('demo seed (Local API, fresh database)', () => {
  let payload: Payload
  let dataDir: string
  let stop: (() => Promise<void>) | undefined
  let units: SeedUnits
  const ready: (number | string)[] = []

  beforeAll(async () => {
    const local = await startLocalPayload()
    ;({ payload, dataDir, stop } = local)
    const { loadSeedUnits } = await import('../../cms/features/provisioning/units')
    const all = loadSeedUnits()
    const communes = all.communes.slice(0, 4)
    units = {
      ...all,
      districts: all.districts.filter((d) => communes.some((c) => c.districtCode === d.code)),
      communes,
    }
    const { seed } = await import('../../demo')
    await seed(payload, {
      scale: 1,
      demoCommunes: 2,
      units,
      now: NOW,
      log: () => {},
      onCommuneReady: (id) => ready.push(id),
    })
  })
  afterAll(async () => stop?.())

  const credentials = (): Credential[] =>
    JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as Credential[]

  it('stores what the seed stored before it was made fast', async () => {
    const fingerprint = {
      ...(await seedFingerprint(payload)),
      credentials: credentials()
        .map((c) => `${c.email} ${c.role} ${c.commune}`)
        .sort(),
    }
    if (process.env.UPDATE_SEED_FINGERPRINT) fs.writeFileSync(FIXTURE, `${JSON.stringify(fingerprint, null, 2)}\n`)
    expect(fingerprint).toEqual(JSON.parse(fs.readFileSync(FIXTURE, 'utf8')))
  })

  it('hands over each commune once, when its content is in', async () => {
    const communes = await payload.find({ collection: 'communes', limit: 0, pagination: false, depth: 0 })
    expect([...ready].sort()).toEqual(communes.docs.map((c) => c.id).sort())
  })

  it('gives every demo account a password that logs in', async () => {
    const entries = credentials()
    expect(entries).toHaveLength(1 + units.districts.length + 3 * units.communes.length)
    for (const role of ['province-admin', 'district-viewer', 'chief', 'editor', 'contributor']) {
      const entry = entries.find((e) => e.role === role)!
      const result = await payload.login({
        collection: 'users',
        data: { email: entry.email, password: entry.password },
      })
      expect(result.token, role).toBeTruthy()
    }
  })

  it('creates nothing and hands over nothing when run again', async () => {
    const { seed } = await import('../../demo')
    const again: (number | string)[] = []
    const result = await seed(payload, {
      scale: 1,
      demoCommunes: 2,
      units,
      now: NOW,
      log: () => {},
      onCommuneReady: (id) => again.push(id),
    })
    expect(result).toMatchObject({ accountsCreated: 0, communesWithNewContent: 0 })
    expect(again).toEqual([])
  })
})
