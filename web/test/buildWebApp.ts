import path from 'node:path';
import { build } from 'vite';
import { REPO_ROOT, WEB_DIST } from './serverProcess';

/**
 * Browser tests drive the built app as the server serves it in production, so build it once
 * before they run: a stale web/dist would test yesterday's code. Set TANDEM_E2E_SKIP_BUILD=1 to
 * reuse an existing build, and
 * TANDEM_E2E_WEB_DIST to build into (and serve from) a folder of this run's own.
 */
export default async function buildWebApp(): Promise<void> {
  if (process.env.TANDEM_E2E_SKIP_BUILD === '1') return;
  const root = path.join(REPO_ROOT, 'web');
  // The production build, as `npm start` serves it: vitest sets NODE_ENV=test, which would give
  // React's development build (StrictMode double effects, dev-only warnings) instead.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: WEB_DIST, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
