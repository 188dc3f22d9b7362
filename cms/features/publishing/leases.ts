import crypto from 'node:crypto'
import os from 'node:os'
import type { Payload } from 'payload'

/** How long a lease lives without renewal; workers renew theirs every RENEW_MS. */
export const LEASE_MS = 30_000
export const RENEW_MS = 5_000

/** This process as a lease owner: host and pid (to recognise a dead local worker) and a nonce. */
export const WORKER_ID = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`

/** A lease held by a process of this machine that no longer exists: it will never be renewed. */
const ownerIsDeadHere = (owner: string): boolean => {
  const [host, pid] = owner.split(':')
  if (host !== os.hostname() || !pid || Number(pid) === process.pid) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

type Lease = { id: number | string; key: string; owner: string; expiresAt: string }

/**
 * Keys held by this process, whoever in it holds them (a build, a removal). A lease is not
 * re-entrant: the removal of a commune and the build of its site run in the same process and
 * must still wait for each other, so a key held here is refused to a second taker here too.
 */
const heldHere = new Set<string>()

const findLease = async (payload: Payload, key: string): Promise<Lease | undefined> =>
  (
    await payload.find({
      collection: 'build-leases',
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      pagination: false,
    })
  ).docs[0] as Lease | undefined

/** A lease another worker can take over: expired, or its owner died on this machine. */
export const isAbandoned = (lease: Lease, now = Date.now()): boolean =>
  new Date(lease.expiresAt).getTime() < now || ownerIsDeadHere(lease.owner)

/**
 * Takes the lease `key` for this worker. The unique key makes the insert atomic: of two
 * workers racing, exactly one succeeds. An abandoned lease is removed first (by id, so two
 * workers removing it at once cannot remove a fresh one).
 */
export const acquireLease = async (payload: Payload, key: string): Promise<boolean> => {
  if (heldHere.has(key)) return false
  // Claimed here before the insert, so two takers in this process can never both win.
  heldHere.add(key)
  let taken = false
  try {
    taken = await insertLease(payload, key)
    return taken
  } finally {
    if (!taken) heldHere.delete(key)
  }
}

const insertLease = async (payload: Payload, key: string): Promise<boolean> => {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await payload.create({
        collection: 'build-leases',
        data: { key, owner: WORKER_ID, expiresAt: new Date(Date.now() + LEASE_MS).toISOString() },
        depth: 0,
      })
      return true
    } catch (err) {
      const held = await findLease(payload, key)
      if (!held) {
        if (attempt === 0) continue // released between our insert and our look: try again
        throw err
      }
      // Ours, yet no one here holds it (claims here are exclusive): left by a release that failed.
      if (held.owner === WORKER_ID) return true
      if (!isAbandoned(held)) return false
      await payload.delete({
        collection: 'build-leases',
        where: { and: [{ id: { equals: held.id } }, { owner: { equals: held.owner } }] },
        depth: 0,
      })
    }
  }
  return false
}

export const releaseLease = async (payload: Payload, key: string): Promise<void> => {
  await payload.delete({
    collection: 'build-leases',
    where: { and: [{ key: { equals: key } }, { owner: { equals: WORKER_ID } }] },
    depth: 0,
  })
  heldHere.delete(key)
}

/** Extends every lease this worker holds. */
export const renewLeases = async (payload: Payload): Promise<void> => {
  await payload.update({
    collection: 'build-leases',
    where: { owner: { equals: WORKER_ID } },
    data: { expiresAt: new Date(Date.now() + LEASE_MS).toISOString() },
    depth: 0,
  })
}

/** Whether a live worker holds `key` (used to tell a running job from one whose worker died). */
export const isLeaseHeld = async (payload: Payload, key: string): Promise<boolean> => {
  const lease = await findLease(payload, key)
  return Boolean(lease && !isAbandoned(lease))
}

/** Removes every abandoned lease. */
export const removeAbandonedLeases = async (payload: Payload): Promise<void> => {
  const leases = (await payload.find({ collection: 'build-leases', limit: 0, pagination: false, depth: 0 }))
    .docs as Lease[]
  for (const lease of leases.filter((l) => isAbandoned(l)))
    await payload.delete({
      collection: 'build-leases',
      where: { and: [{ id: { equals: lease.id } }, { owner: { equals: lease.owner } }] },
      depth: 0,
    })
}
