// The render worker when the server runs from TypeScript source (tsx, vitest): a worker thread
// starts without the parent's loaders, so it registers tsx before loading the worker module.
// The compiled server loads its bundled renderWorker.js instead.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./renderWorker.ts');
export default worker.default;
