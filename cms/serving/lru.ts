/**
 * A map that forgets its least recently used entries once their sizes add up to more than a
 * byte budget, so the site file cache holds the pages citizens actually read and never more
 * memory than it was given. A Map iterates in insertion order: re-inserting an entry on use
 * keeps the least recently used one first.
 */
export type ByteLru<V> = {
  get: (key: string) => V | undefined
  /** Adds or replaces; an entry larger than the whole budget is not kept at all. */
  set: (key: string, value: V, bytes: number) => void
  /** Changes the size of an entry still held (e.g. a body recompressed smaller); no-op otherwise. */
  resize: (key: string, bytes: number) => void
  deleteWhere: (drop: (key: string) => boolean) => void
  stats: () => { entries: number; bytes: number; maxBytes: number }
}

export const byteLru = <V>(maxBytes: number): ByteLru<V> => {
  const entries = new Map<string, { value: V; bytes: number }>()
  let total = 0
  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    total -= entry.bytes
  }
  const evict = () => {
    for (const [key, entry] of entries) {
      if (total <= maxBytes) break
      entries.delete(key)
      total -= entry.bytes
    }
  }
  return {
    get: (key) => {
      const entry = entries.get(key)
      if (!entry) return undefined
      entries.delete(key)
      entries.set(key, entry)
      return entry.value
    },
    set: (key, value, bytes) => {
      remove(key)
      if (bytes > maxBytes) return
      entries.set(key, { value, bytes })
      total += bytes
      evict()
    },
    resize: (key, bytes) => {
      const entry = entries.get(key)
      if (!entry) return
      total += bytes - entry.bytes
      entry.bytes = bytes
      evict()
    },
    deleteWhere: (drop) => {
      for (const key of [...entries.keys()]) if (drop(key)) remove(key)
    },
    stats: () => ({ entries: entries.size, bytes: total, maxBytes }),
  }
}
