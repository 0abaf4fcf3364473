import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The dev server proxies everything the Tandem server answers; `pnpm dev` runs both. */
const SERVER = process.env.TANDEM_DEV_SERVER ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: SERVER, changeOrigin: true },
      '/sync': { target: SERVER, ws: true, changeOrigin: true },
      '/socket.io': { target: SERVER, ws: true, changeOrigin: true },
      '/healthz': { target: SERVER },
      '/readyz': { target: SERVER },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    target: 'es2022',
    // The lazily loaded editor chunk (Lexical + Yjs) is ~510 kB minified, ~160 kB gzipped:
    // expected for a collaborative rich-text editor, and only fetched when a document opens.
    chunkSizeWarningLimit: 600,
  },
});
