import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'
import { GEO_OPERATORS, type WhereCondition } from './where-shape'
import { vi } from './messages'

/** What a `where` path points at, as far as the database cares about the operand's type. */
type Target = { kind: 'id'; idType: 'number' | 'text' } | { kind: 'number' | 'date' | 'point' | 'other' }

/** Collections by slug, for slugs read from configs and requests (Payload's map is keyed by the generated slug union). */
const collectionsOf = (payload: Payload) =>
  payload.collections as Record<string, Payload['collections'][keyof Payload['collections']] | undefined>

const idTypeOf = (payload: Payload, collection: string): 'number' | 'text' =>
  collectionsOf(payload)[collection]?.customIDType ?? payload.db.defaultIDType

/** Follows a dotted path through groups, arrays, tabs and single relationships (as Payload's queries do). */
const resolvePath = (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  path: string,
  versions: boolean,
): Target | null => {
  let segments = path.split('.')
  if (versions) {
    if (path === 'parent') return { kind: 'id', idType: idTypeOf(payload, collection.slug) }
    if (segments[0] !== 'version') return null
    segments = segments.slice(1)
  }
  if (segments.length === 1 && segments[0] === 'id') return { kind: 'id', idType: idTypeOf(payload, collection.slug) }
  let fields: FlattenedField[] = collection.flattenedFields
  for (let i = 0; i < segments.length; i++) {
    const field = fields.find((f) => f.name === segments[i])
    if (!field) return null
    const last = i === segments.length - 1
    switch (field.type) {
      case 'group':
      case 'tab':
      case 'array':
        if (last) return { kind: 'other' }
        fields = field.flattenedFields
        break
      case 'relationship':
      case 'upload': {
        // Polymorphic relations take { relationTo, value } operands; Payload checks those itself.
        if (typeof field.relationTo !== 'string') return null
        const target = collectionsOf(payload)[field.relationTo]?.config
        if (!target) return null
        if (last || segments[i + 1] === 'id') return { kind: 'id', idType: idTypeOf(payload, field.relationTo) }
        fields = target.flattenedFields
        break
      }
      case 'number':
        return last ? { kind: 'number' } : null
      case 'date':
        return last ? { kind: 'date' } : null
      case 'point':
        return last ? { kind: 'point' } : null
      default:
        return last ? { kind: 'other' } : null
    }
  }
  return null
}

const OBJECT_ID = /^[a-f0-9]{24}$/i
const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
const isInteger = (value: unknown) => isNumeric(value) && Number.isInteger(Number(value))

/** Turns an operand into the values the database will compare with (lists split as Payload splits them). */
const operandValues = (operator: string, value: unknown): unknown[] => {
  if (['in', 'not_in', 'all'].includes(operator))
    return typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value)
        ? value
        : value && typeof value === 'object'
          ? Object.values(value)
          : [value]
  return [value]
}

/**
 * The operands a database cannot compare with the field refuse with 400 here (SQLite answered
 * 500 to `where[tenant][equals]=abc`, `where[createdAt][greater_than]=notadate`, `near` on a
 * relationship). Paths it cannot resolve are left to Payload's own path check.
 */
export const checkWhereValues = (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  conditions: WhereCondition[],
  { versions = false } = {},
): string | null => {
  const mongo = payload.db.name === 'mongoose'
  for (const { path, operator, value } of conditions) {
    const target = resolvePath(payload, collection, path, versions)
    if (!target) continue
    if (GEO_OPERATORS.has(operator)) {
      if (target.kind !== 'point') return vi.whereGeo(path, operator)
      continue
    }
    if (operator === 'exists') {
      if (![true, false, 'true', 'false'].includes(value as string | boolean))
        return vi.whereValue(path, 'true hoặc false')
      continue
    }
    // null and '' are what the admin sends for an empty filter; the database takes them.
    const values = operandValues(operator, value).filter((v) => v !== null && v !== 'null' && v !== '')
    if (target.kind === 'id') {
      const ok =
        target.idType === 'number'
          ? values.every(isInteger)
          : mongo
            ? values.every((v) => typeof v === 'string' && OBJECT_ID.test(v))
            : true
      if (!ok) return vi.whereValue(path, target.idType === 'number' ? 'mã số (số nguyên)' : 'mã tài liệu hợp lệ')
    } else if (target.kind === 'number') {
      if (!values.every(isNumeric)) return vi.whereValue(path, 'một số')
    } else if (target.kind === 'date') {
      if (
        !values.every(
          (v) =>
            (typeof v === 'string' || typeof v === 'number' || v instanceof Date) &&
            !Number.isNaN(new Date(v).getTime()),
        )
      )
        return vi.whereValue(path, 'một ngày giờ hợp lệ (ví dụ 2026-01-31)')
    }
  }
  return null
}

/** An id that cannot exist in this collection ("abc", "rebuild" on SQLite's numeric ids). */
export const isImpossibleId = (payload: Payload, collection: string, id: unknown): boolean => {
  if (typeof id === 'number') return !Number.isInteger(id)
  if (typeof id !== 'string') return false
  if (idTypeOf(payload, collection) === 'number') return !/^\d{1,15}$/.test(id)
  return payload.db.name === 'mongoose' && !collectionsOf(payload)[collection]?.customIDType && !OBJECT_ID.test(id)
}
