import { defineConfig } from 'vitest/config'

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
          include: ['tests/int/**/*.spec.ts'],
          exclude: ['tests/int/site-quality.int.spec.ts', 'tests/int/phone-*.int.spec.ts'],
          // One real server and database for all integration files (tests/setup/global-server.ts);
          // files run one after another because they share it.
          globalSetup: ['tests/setup/global-server.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      // The 25-theme quality checks build their own fixture sites and need no CMS server. They
      // run last and alone: Lighthouse's performance score suffers from a busy CPU.
      {
        extends: true,
        test: {
          name: 'quality',
          include: ['tests/int/site-quality.int.spec.ts', 'tests/int/phone-*.int.spec.ts'],
          // One file at a time, so the layout sweep never shares the CPU with Lighthouse.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
})
