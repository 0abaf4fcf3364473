import { BenchClient, TEXT_NAME } from './lib/BenchClient';
import { startServer } from './lib/servers';
import { nowUs, sleep } from './lib/time';
import { distribution } from './lib/stats';
const s = await startServer('hocuspocus', { idleMs: 1000, logDir: 'results/logs' });
const id = await s.createDocument('t');
const a = new BenchClient({ kind: 'hocuspocus', port: s.port, docId: id });
const b = new BenchClient({ kind: 'hocuspocus', port: s.port, docId: id });
await a.connect(); await b.connect();
const lat: number[] = [];
b.doc.getText(TEXT_NAME).observe((e, tx) => { if (tx.local) return; for (const op of e.delta) if (typeof op.insert === 'string') { const m = /:(\d+)\]/.exec(op.insert); if (m) lat.push(nowUs() - Number(m[1])); } });
for (let i = 0; i < 200; i++) { const t = a.doc.getText(TEXT_NAME); t.insert(t.length, `[${i}:${nowUs()}]`); await sleep(20); }
await sleep(200);
console.log(distribution(lat));
a.close(); b.close(); await s.stop();
