import { useRef, useState } from 'react'

/**
 * Rows the user adds and removes (domains, board members), each with a key of its own so that
 * removing one keeps what was typed in the others.
 */
export const useRows = <Row extends { key: number }>(first: Omit<Row, 'key'>) => {
  const nextKey = useRef(1)
  const [rows, setRows] = useState<Row[]>(() => [{ ...first, key: 0 } as Row])
  const withKey = (fields: Omit<Row, 'key'>) => ({ ...fields, key: nextKey.current++ }) as Row
  return {
    rows,
    add: (fields: (rows: Row[]) => Omit<Row, 'key'>) => setRows((current) => [...current, withKey(fields(current))]),
    change: (key: number, patch: Partial<Row>) =>
      setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r))),
    remove: (key: number) => setRows((current) => current.filter((r) => r.key !== key)),
    reset: () => setRows([withKey(first)]),
  }
}
