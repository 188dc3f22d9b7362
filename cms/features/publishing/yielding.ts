/**
 * A publish is never stuck behind a batch. A batch (rebuild all, new generator) holds the
 * lease of each commune it builds for the whole of its generator run; when a commune's
 * publishing needs one of those leases, the batch gives that commune up: it releases the lease
 * at once and will not put its own (older) build of that commune live. The publish then builds
 * the commune as usual, under the lease, so one commune is still built and put live by one
 * build at a time, and the removal of a commune still waits for it.
 *
 * Within one process (the server and its worker's two lanes): a batch running in another
 * worker process is waited for, as before.
 */

/** The batches of this process, by the lease key (`site:<id>`) of each commune they hold. */
const batches = new Map<string, Offer>()

type Offer = { yield: (key: string) => Promise<boolean> }

/** A batch's communes offered to publishing; `yielded` are those given up. */
export type BatchOffer = { yielded: Set<string>; withdraw: () => void }

/**
 * Offers the leases a batch holds (`keys`) to publishing until `withdraw`; `release` gives one
 * back. A commune is given up only while the batch can still decline to put it live.
 */
export const offerToPublishing = (keys: string[], release: (key: string) => Promise<void>): BatchOffer => {
  const yielded = new Set<string>()
  let withdrawn = false
  const offer: Offer = {
    yield: async (key) => {
      if (withdrawn || yielded.has(key)) return false
      yielded.add(key)
      batches.delete(key)
      await release(key)
      return true
    },
  }
  for (const key of keys) batches.set(key, offer)
  return {
    yielded,
    withdraw: () => {
      withdrawn = true
      for (const key of keys) if (batches.get(key) === offer) batches.delete(key)
    },
  }
}

/** Asks the batch of this process holding `key`, if any, to give it up; true once released. */
export const askToYield = async (key: string): Promise<boolean> => (await batches.get(key)?.yield(key)) ?? false
