/**
 * The seed of the suite's shared server (tests/setup/global-server.ts): the whole province, demo
 * content for its first 3 communes. A file that starts a server of its own on a copy of that
 * database passes the same, or `npm start`'s default (demo content at full scale for all 156
 * communes) would seed the other 153 first: minutes of writes and builds nothing checks.
 */
export const SUITE_SEED_ENV = {
  SEED_DEMO_SCALE: process.env.TEST_SEED_DEMO_SCALE ?? '0.2',
  SEED_DEMO_COMMUNES: '3',
} as const
