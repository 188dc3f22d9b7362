/** A GraphQL enum value, written bare in a literal (e.g. `_status: published`). */
export class Enum {
  constructor(readonly value: string) {}
}

/** Serialises plain data as a GraphQL input literal. */
export const literal = (value: unknown): string => {
  if (value instanceof Enum) return value.value
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`
  return JSON.stringify(value)
}
