import { defineConfig } from 'vitest/config';

/**
 * The web app's tests, as one project (the root vitest.config.ts can list it as `'web'`):
 * unit tests beside the code (src/**\/*.test.ts) and browser tests (test/*.e2e.test.ts). The
 * browser tests build the app first (globalSetup), start the real server per file and drive
 * real Chromium, hence the long timeouts. Files run one at a time: each starts a server and a
 * browser, and the servers rate-limit sign-ins per IP.
 *
 *   vitest run                       # everything
 *   vitest run src                   # just the unit tests
 *   TANDEM_E2E_SKIP_BUILD=1 vitest run test   # browser tests against the existing web/dist
 */
export default defineConfig({
  test: {
    name: 'web',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.e2e.test.ts'],
    globalSetup: ['test/buildWebApp.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
