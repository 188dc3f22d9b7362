import type { Payload } from 'payload'

/**
 * What every measurement of `npm run bench` gets: the real server (a child process started
 * like `npm start`) on loopback over a fresh data folder, and a Local API on the same database.
 */
export type BenchContext = {
  /** Repository root. */
  root: string
  /** The fresh data folder the server and the Local API share. */
  dataDir: string
  /** http://127.0.0.1:<port> */
  baseUrl: string
  port: number
  /** The Host header under which the server serves a commune's site, e.g. my-binh.localhost:3000 */
  siteHost: (slug: string) => string
  payload: Payload
  log: (line: string) => void
}

/** The figures `npm run bench` prints, keys as the publishing issue names them. */
export type BenchResults = {
  publishToLiveP50Ms: number
  publishToLiveP95Ms: number
  fullRebuildSeconds: number
  fullRebuildPages: number
  fullRebuildPagesPerSecond: number
  fullRebuildPeakRssMb: number
  servingRequestsPerSecond: number
  servingP99Ms: number
  nginxRequestsPerSecond: number
  cmsListP95Ms: number
}

/** Median and percentiles of a sample, nearest-rank. */
export const percentile = (values: number[], p: number): number => {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
