import { defineConfig } from 'vitest/config'

/** Files that need no CMS server: the fixture sites of every theme, built and served by themselves. */
const QUALITY = ['tests/int/site-quality.int.spec.ts', 'tests/int/phone-*.int.spec.ts']
const LIGHTHOUSE = ['tests/int/site-lighthouse.int.spec.ts']
/**
 * Two lanes of integration files, each a Vitest process with a real server of its own (the
 * `int` project with TEST_INT_LANE=a or b; `TEST_INT_LANES=2 npm test` starts both). Lane a
 * seeds the province as before; lane b starts from a copy of lane a's freshly seeded data folder
 * (SQLite only) instead of seeding it again. Within a lane, files run one after another on their
 * server, exactly as in a single lane; the lanes share nothing but the machine.
 *
 * LANE_B: the files of lane b, chosen to give both lanes about the same time (their durations in
 * the suite's JSON report). Every other integration file is lane a. The reorganisation files stay
 * together in one lane (`npm run reorganise` writes its plan into the working directory).
 */
const LANE_B = [
  'tests/int/admin-language.int.spec.ts',
  'tests/int/workers.int.spec.ts',
  'tests/int/provisioning.int.spec.ts',
  'tests/int/reorganisation.int.spec.ts',
  'tests/int/reorganisation-admin.int.spec.ts',
  'tests/int/reorganisation-admin-browser.int.spec.ts',
  'tests/int/reorganisation-admin-run.int.spec.ts',
  'tests/int/reorganisation-fields.int.spec.ts',
  'tests/int/announcement-expiry.int.spec.ts',
  'tests/int/security-reliability.int.spec.ts',
  'tests/int/sites-build.int.spec.ts',
  'tests/int/oversight-digest.int.spec.ts',
]
/** TEST_INT_LANE=a or b: the integration files of one lane (tests/setup/lanes.ts); all of them without it. */
const lane = process.env.MONGODB_TEST_URI ? undefined : process.env.TEST_INT_LANE

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'int',
          include: lane === 'b' ? LANE_B : ['tests/int/**/*.spec.ts'],
          exclude: [...QUALITY, ...LIGHTHOUSE, ...(lane === 'a' ? LANE_B : [])],
          // One real server and database for all integration files (tests/setup/global-server.ts);
          // files run one after another because they share it.
          globalSetup: ['tests/setup/global-server.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      // The 25-theme quality checks build their own fixture sites and need no CMS server:
      // `npm test` (scripts/test.ts) runs them in a second Vitest process alongside `int`.
      {
        extends: true,
        test: {
          name: 'quality',
          include: QUALITY,
          // One file at a time: each drives several Chromium pages at once already.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      // Lighthouse's performance score suffers from a busy CPU: `npm test` runs it alone, last.
      {
        extends: true,
        test: {
          name: 'lighthouse',
          include: LIGHTHOUSE,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
})
