import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (src/**\/*.test.ts, fast, pure) and `e2e` (test/*.e2e.test.ts). The e2e
 * project builds the app first (globalSetup), then each file starts the real server and drives
 * real Chromium, so files run one at a time with generous timeouts.
 *
 *   vitest run                  # everything
 *   vitest run --project unit   # just the unit tests
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/**/*.e2e.test.ts'],
          globalSetup: ['test/buildWebApp.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
