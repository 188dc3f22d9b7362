/**
 * Reading a ZIP as Office does: by its central directory, each entry's data found through the
 * local header it points at. Entries are inflated one at a time with Node's zlib under an
 * output cap, so a zip bomb costs at most the cap, whatever sizes the directory declares.
 */
import { inflateRawSync } from 'node:zlib'
import { UninspectableError } from './finding'

export type ZipEntry = {
  name: string
  flags: number
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

const MB = 1024 * 1024

/** The central directory's entries, or null when the buffer is not a well-formed ZIP. */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return null
  // End Of Central Directory: 22 bytes + a comment of up to 65535 bytes, at the end.
  const floor = Math.max(0, buf.length - 22 - 0xffff)
  let eocd = -1
  for (let i = buf.length - 22; i >= floor; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return null
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    // ZIP64 (offset 0xFFFFFFFF) ends up here too: out of bounds -> not accepted.
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    if (p + 46 + nameLen > buf.length) return null
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    })
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

const unreadable = (entry: ZipEntry, why: string) =>
  new UninspectableError(
    `không đọc được phần "${entry.name.slice(0, 80)}" trong tệp nén`,
    `ZIP entry ${JSON.stringify(entry.name)} unreadable: ${why}`,
  )

/** The uncompressed bytes of an entry, at most `maxBytes` of them (more: refused as uninspectable). */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes = 64 * MB): Buffer {
  if (entry.flags & 1) throw unreadable(entry, 'encrypted')
  const at = entry.localOffset
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw unreadable(entry, 'bad local header')
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28)
  const data = buf.subarray(start, start + entry.compressedSize)
  if (data.length !== entry.compressedSize) throw unreadable(entry, 'truncated')
  if (entry.method === 0) {
    if (data.length > maxBytes) throw unreadable(entry, 'too large')
    return data
  }
  if (entry.method !== 8) throw unreadable(entry, `compression method ${entry.method}`)
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes })
  } catch (err) {
    throw unreadable(entry, (err as Error).message)
  }
}
