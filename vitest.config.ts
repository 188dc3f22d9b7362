import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'] } },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.spec.ts'],
          // One real server and database for all integration files (tests/setup/global-server.ts);
          // files run one after another because they share it.
          globalSetup: ['tests/setup/global-server.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
})
