/**
 * Presence at meeting scale: N clients each sending a presence update at 10 Hz, against
 * Tandem's throttled presence (coalesced snapshots) and against a plain socket.io relay.
 * Each server runs in its own process so its CPU is measured alone; clients run in worker
 * processes so the receivers do not become the bottleneck. Usage (from server/):
 *   node --import tsx bench/presence.ts [--clients 100] [--hz 10] [--seconds 10]
 * Prints server CPU, messages delivered per client per second, and delivery latency from the
 * server receiving an update to a client seeing it (p50, p99), in milliseconds.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PresenceSnapshot } from '@tandem/protocol';
import { io, type Socket } from 'socket.io-client';
import { type ServerReady, startRelay, startTandem } from './presenceServers';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string', default: 'main' },
    mode: { type: 'string', default: 'throttled' },
    clients: { type: 'string', default: '100' },
    hz: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    flush: { type: 'string', default: '150' },
    workers: { type: 'string', default: '2' },
  },
});
const CLIENTS = Number(values.clients);
const HZ = Number(values.hz);
const SECONDS = Number(values.seconds);
const WARMUP_MS = 2_000;
const BUCKETS = 10_000; // 1 ms buckets up to 10 s
const SELF = fileURLToPath(import.meta.url);
const TSX = import.meta.resolve('tsx');

type Msg =
  | { kind: 'ready'; server: ServerReady }
  | { kind: 'cpu'; ms: number }
  | { kind: 'result'; hist: number[]; received: number };

function spawn(args: string[]): ChildProcess {
  return fork(SELF, args, { execArgv: ['--import', TSX] });
}
const next = (child: ChildProcess, kind: Msg['kind']) =>
  new Promise<Msg>((resolve) => {
    const on = (m: Msg) => {
      if (m.kind !== kind) return;
      child.off('message', on);
      resolve(m);
    };
    child.on('message', on);
  });

async function serverRole(): Promise<void> {
  const server =
    values.mode === 'relay'
      ? await startRelay(CLIENTS)
      : await startTandem(CLIENTS, Number(values.flush));
  let start = process.cpuUsage();
  process.on('message', (m: { kind: string }) => {
    if (m.kind === 'cpu-start') start = process.cpuUsage();
    if (m.kind === 'cpu-stop') {
      const d = process.cpuUsage(start);
      process.send?.({ kind: 'cpu', ms: (d.user + d.system) / 1000 } satisfies Msg);
      setTimeout(() => process.exit(0), 100);
    }
  });
  process.send?.({ kind: 'ready', server } satisfies Msg);
}

async function clientsRole(): Promise<void> {
  const { server, from, to } = JSON.parse(positionals[0] ?? '{}') as {
    server: ServerReady;
    from: number;
    to: number;
  };
  const hist = new Array<number>(BUCKETS + 1).fill(0);
  let measuring = false;
  let received = 0;
  const sample = (updatedAt: number) => {
    if (!measuring) return;
    const ms = Math.min(BUCKETS, Math.max(0, Math.round(Date.now() - updatedAt)));
    hist[ms] = (hist[ms] ?? 0) + 1;
  };
  const sockets: Socket[] = [];
  for (let i = from; i < to; i++) {
    const socket = io(`http://127.0.0.1:${server.port}`, {
      transports: ['websocket'],
      auth: { token: server.tokens[i] },
      forceNew: true,
    });
    const seen = new Map<string, number>();
    socket.on('presence:snapshot', (s: PresenceSnapshot) => {
      if (measuring) received += 1;
      for (const e of s.entries ?? []) {
        if ((seen.get(e.connId) ?? 0) >= e.updatedAt) continue;
        seen.set(e.connId, e.updatedAt);
        sample(e.updatedAt);
      }
    });
    socket.on('presence:relay', (p: { updatedAt: number }) => {
      if (measuring) received += 1;
      sample(p.updatedAt);
    });
    await new Promise<void>((resolve) =>
      socket.emit('presence:join', { workspaceId: server.workspaceId }, () => resolve()),
    );
    sockets.push(socket);
  }
  const timers = sockets.map((socket, n) =>
    setInterval(() => {
      const section = `s${Math.floor(Math.random() * 10)}`;
      socket.emit('presence:update', {
        documentId: server.documentId,
        location: { section, cell: `c${n}` },
      });
    }, 1000 / HZ),
  );
  setTimeout(() => (measuring = true), WARMUP_MS);
  setTimeout(
    () => {
      for (const t of timers) clearInterval(t);
      process.send?.({ kind: 'result', hist, received } satisfies Msg);
      for (const s of sockets) s.close();
      setTimeout(() => process.exit(0), 100);
    },
    WARMUP_MS + SECONDS * 1000,
  );
}

function percentile(hist: readonly number[], p: number): number {
  const total = hist.reduce((a, b) => a + b, 0);
  let seen = 0;
  for (let ms = 0; ms < hist.length; ms++) {
    seen += hist[ms] ?? 0;
    if (seen >= total * p) return ms;
  }
  return hist.length;
}

async function run(mode: 'throttled' | 'relay') {
  const server = spawn([
    '--role',
    'server',
    '--mode',
    mode,
    '--clients',
    String(CLIENTS),
    '--flush',
    String(values.flush),
  ]);
  const ready = await next(server, 'ready');
  if (ready.kind !== 'ready') throw new Error('no server');
  const workers = Number(values.workers);
  const per = Math.ceil(CLIENTS / workers);
  const results = [];
  for (let w = 0; w < workers; w++) {
    const range = { server: ready.server, from: w * per, to: Math.min(CLIENTS, (w + 1) * per) };
    const child = spawn([
      '--role',
      'clients',
      '--hz',
      String(HZ),
      '--seconds',
      String(SECONDS),
      JSON.stringify(range),
    ]);
    results.push(next(child, 'result'));
  }
  await new Promise((r) => setTimeout(r, WARMUP_MS));
  server.send({ kind: 'cpu-start' });
  const done = await Promise.all(results);
  const cpu = next(server, 'cpu');
  server.send({ kind: 'cpu-stop' });
  const cpuMs = (await cpu).kind === 'cpu' ? ((await cpu) as { ms: number }).ms : 0;
  const hist = new Array<number>(BUCKETS + 1).fill(0);
  let received = 0;
  for (const r of done) {
    if (r.kind !== 'result') continue;
    received += r.received;
    r.hist.forEach((n, i) => {
      hist[i] = (hist[i] ?? 0) + n;
    });
  }
  return {
    mode,
    cpuPercent: Math.round((cpuMs / (SECONDS * 1000)) * 1000) / 10,
    msgsPerClientPerSec: Math.round(received / CLIENTS / SECONDS),
    p50: percentile(hist, 0.5),
    p99: percentile(hist, 0.99),
  };
}

async function main(): Promise<void> {
  const rows = [await run('throttled'), await run('relay')];
  process.stdout.write(`presence: ${CLIENTS} clients × ${HZ} Hz for ${SECONDS} s\n`);
  process.stdout.write('mode        server CPU   msgs/client/s   delivery p50   delivery p99\n');
  for (const r of rows) {
    process.stdout.write(
      `${r.mode.padEnd(11)} ${`${r.cpuPercent}%`.padStart(10)}   ${String(r.msgsPerClientPerSec).padStart(13)}   ${`${r.p50} ms`.padStart(12)}   ${`${r.p99} ms`.padStart(12)}\n`,
    );
  }
  process.exit(0);
}

if (values.role === 'server') await serverRole();
else if (values.role === 'clients') await clientsRole();
else await main();
