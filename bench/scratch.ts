import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs')).href; console.log(api);
const code = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport('file:///work/main/bench/lib/w.ts', 'file:///tmp/'))`;
const w = new Worker(code, { eval: true });
w.on('error', (e) => console.log('err', e.message));
w.on('exit', (c) => console.log('exit', c));
