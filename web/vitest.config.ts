import { defineConfig } from 'vitest/config';

/**
 * Unit tests (src/**\/*.test.ts) and browser tests (test/*.e2e.test.ts). The browser tests start
 * the real server on a fixed port each and drive real Chromium, so files run one at a time with
 * generous timeouts.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
