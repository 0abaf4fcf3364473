import { defineConfig } from 'tsup';

/**
 * The server as plain JavaScript for production: `node dist/main.js` and `node dist/admin.js`.
 *
 * - The workspace packages export TypeScript source, which node cannot load, so they are bundled.
 * - Every npm dependency stays external and loads from node_modules at run time: native
 *   better-sqlite3, pino's transport workers and the like need their own files on disk.
 * - Paths relative to a module hold because dist/ sits at the same depth as src/ and code
 *   splitting puts every chunk directly in dist/: config.ts's default web app
 *   (`import.meta.dirname/../../web/dist`) and RenderPool's worker (`./renderWorker.js`).
 *
 * `tsup --out-dir DIR` builds somewhere else (the compiled-server test builds into a temp dir).
 */
export default defineConfig({
  entry: {
    main: 'src/main.ts',
    admin: 'src/cli/admin.ts',
    // Export's worker threads load it by file: RenderPool looks for it beside itself in dist/.
    renderWorker: 'src/export/renderWorker.ts',
  },
  outDir: 'dist',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  splitting: true,
  noExternal: ['@tandem/domain', '@tandem/protocol'],
});
