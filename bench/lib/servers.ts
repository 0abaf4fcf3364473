import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCpuMs } from './procStats';
import { sleep } from './time';
import type { ServerKind } from './wire';

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const serverDir = resolve(benchDir, '../server');

export interface StartOptions {
  /**
   * Tandem's TANDEM_ROOM_IDLE_MS; Hocuspocus unloads as soon as the last client leaves, and the
   * y-websocket server without persistence never does.
   */
  idleMs: number;
  logDir: string;
  /** Extra Node.js flags for the server process (diagnostics, e.g. --heapsnapshot-signal). */
  nodeArgs?: string[];
  /** Environment on top of the bench's own (e.g. DATABASE_URL, REDIS_URL for a node of several). */
  env?: Record<string, string>;
  /**
   * A data directory shared with other nodes (the caller removes it); default: a fresh one of
   * this server's own, removed by stop().
   */
  dataDir?: string;
  /**
   * Tandem: create the bench's owner account before the start (default). A second node on a
   * database the first has already seeded skips it and signs in with the same account.
   */
  createOwner?: boolean;
}

const livePids = new Set<number>();
let retiredCpuMs = 0;

/** Counts a server's CPU time before it stops, so serverCpuMs() still includes it. */
function retireCpu(pid: number | undefined): void {
  if (!pid || !livePids.delete(pid)) return;
  try {
    retiredCpuMs += readCpuMs(pid);
  } catch {
    // Already gone: its last slice of CPU is lost, which only understates the total.
  }
}

/** CPU time used so far by every server this process started, in ms. */
export function serverCpuMs(): number {
  let total = retiredCpuMs;
  for (const pid of livePids) {
    try {
      total += readCpuMs(pid);
    } catch {
      // Exited without stop() (crashed); see retireCpu.
    }
  }
  return total;
}

/** A server under test, running in its own child process so its RSS and CPU are its own. */
export interface ServerHandle {
  readonly kind: ServerKind;
  readonly port: number;
  /** Bearer token for HTTP and sync (Tandem); any string for the others, which check none. */
  readonly token: string;
  /**
   * Whether documents survive a restart. False for the y-websocket server, which is run without
   * YPERSISTENCE and so holds documents in memory only.
   */
  readonly persistent: boolean;
  pid(): number;
  /** Tandem needs documents created over HTTP first; the others create them on first use. */
  createDocument(title: string): Promise<string>;
  /** Graceful stop (SIGTERM) and start again on the same port and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Bytes in the server's data directory (database, WAL and all; y-websocket writes none). */
  diskBytes(): number;
}

interface LaunchSpec {
  cwd: string;
  entry: string;
  /** The package whose tsx loads `entry`; null for plain JavaScript. */
  loaderFrom: string | null;
  /** On top of the bench's environment; an undefined value removes an inherited variable. */
  env: Record<string, string | undefined>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Node's flags to load TypeScript through tsx as resolved from `packageJson`'s folder. */
function tsxLoader(packageJson: string | null): string[] {
  return packageJson
    ? ['--import', pathToFileURL(createRequire(packageJson).resolve('tsx')).href]
    : [];
}

let tandemBuilt = false;

/**
 * Tandem runs as in production (`npm start`): the compiled server in dist/, built once per bench
 * run from the working tree. Under tsx it started ~150 MiB bigger (the compiler and the source
 * held in memory), which the peers, plain JavaScript, do not pay.
 */
function buildTandem(): void {
  if (tandemBuilt) return;
  execFileSync(join(serverDir, 'node_modules/.bin/tsup'), { cwd: serverDir, stdio: 'ignore' });
  tandemBuilt = true;
}

function launchSpec(kind: ServerKind, port: number, dataDir: string, idleMs: number): LaunchSpec {
  const common = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
  if (kind === 'tandem') {
    return {
      cwd: serverDir,
      entry: 'dist/main.js',
      loaderFrom: null,
      env: {
        ...common,
        LOG_LEVEL: 'warn',
        TANDEM_DEMO: '0',
        TANDEM_ROOM_IDLE_MS: String(idleMs),
        // Every bench client signs in as the one bench owner: a thousand sockets of one person,
        // which production refuses past 64 (4429).
        TANDEM_MAX_SOCKETS_PER_USER: '0',
        // Single node on SQLite, like the peer: an inherited REDIS_URL (CI sets one) or
        // DATABASE_URL must not apply here; StartOptions.env sets them for a node of several.
        REDIS_URL: '',
        DATABASE_URL: '',
        // As `npm start` and the Docker image run it (scripts/tandem.mjs serverEnv).
        MALLOC_ARENA_MAX: '2',
        NODE_OPTIONS: '--max-semi-space-size=2',
      },
    };
  }
  if (kind === 'ywebsocket') {
    return {
      cwd: benchDir,
      entry: yWebsocketServerEntry(),
      loaderFrom: join(benchDir, 'package.json'),
      // The reference server persists (to LevelDB) as soon as YPERSISTENCE is set at all, even
      // empty, and posts updates to CALLBACK_URL when it is non-empty: neither may be inherited.
      env: { ...common, YPERSISTENCE: undefined, CALLBACK_URL: '' },
    };
  }
  return {
    cwd: benchDir,
    entry: 'peers/hocuspocusServer.ts',
    loaderFrom: join(benchDir, 'package.json'),
    env: { ...common, REDIS_URL: '' },
  };
}

/**
 * The y-websocket server's own bin (`npx y-websocket` runs the same file). Its package exports
 * do not include it, so it is found from the package.json's `bin`.
 */
function yWebsocketServerEntry(): string {
  const packageJson = createRequire(join(benchDir, 'package.json')).resolve(
    '@y/websocket-server/package.json',
  );
  const { bin } = JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> };
  const entry = bin['y-websocket-server'];
  if (!entry) throw new Error(`${packageJson} has no y-websocket-server bin`);
  return join(dirname(packageJson), entry);
}

/** Polls GET /healthz until it answers 200 (the y-websocket server answers any path so). */
async function waitHealthy(port: number, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  const tail = readFileSync(logPath, 'utf8').split('\n').slice(-20).join('\n');
  throw new Error(`server on ${port} did not become healthy (exit ${child.exitCode})\n${tail}`);
}

function waitExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

export async function startServer(kind: ServerKind, options: StartOptions): Promise<ServerHandle> {
  if (kind === 'tandem') buildTandem();
  const port = await freePort();
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `tandem-bench-${kind}-`));
  const spec = launchSpec(kind, port, dataDir, options.idleMs);
  Object.assign(spec.env, options.env);
  const logPath = join(options.logDir, `${kind}-${port}.log`);
  let child: ChildProcess;

  const launch = async (): Promise<void> => {
    const log = openSync(logPath, 'a');
    const args = [...(options.nodeArgs ?? []), ...tsxLoader(spec.loaderFrom), spec.entry];
    child = spawn(process.execPath, args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', log, log],
    });
    if (child.pid) livePids.add(child.pid);
    await waitHealthy(port, child, logPath);
  };
  const stop = async (): Promise<void> => {
    retireCpu(child.pid);
    child.kill('SIGTERM');
    if (!(await waitExit(child, 15_000))) {
      child.kill('SIGKILL');
      await waitExit(child, 5_000);
      throw new Error(`${kind} did not stop within 15 s of SIGTERM (killed)`);
    }
  };

  if (kind === 'tandem' && options.createOwner !== false) await createOwner(spec, logPath);
  await launch();
  const token = kind === 'tandem' ? await signIn(port) : 'bench';
  return {
    kind,
    port,
    token,
    persistent: kind !== 'ywebsocket',
    pid: () => child.pid ?? -1,
    createDocument: (title) =>
      kind === 'tandem'
        ? createTandemDocument(port, token, title)
        : Promise.resolve(randomName(title)),
    diskBytes: () => directoryBytes(dataDir),
    restart: async () => {
      await stop();
      await launch();
    },
    stop: async () => {
      try {
        await stop();
      } finally {
        if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

function randomName(title: string): string {
  return `${title.replace(/[^A-Za-z0-9_-]/g, '-')}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The bench's account, created with Tandem's admin command before the server starts. */
const OWNER = { email: 'bench@tandem.example', password: randomBytes(18).toString('base64url') };

/** `npm run admin -- create-owner` on the fresh data dir: the production way to a first account. */
function createOwner(spec: LaunchSpec, logPath: string): Promise<void> {
  const args = [
    ...tsxLoader(spec.loaderFrom),
    'dist/admin.js',
    'create-owner',
    `--email=${OWNER.email}`,
    '--name=Bench',
    // `=` form: a base64url password may start with '-'.
    `--password=${OWNER.password}`,
  ];
  const log = openSync(logPath, 'a');
  const admin = spawn(process.execPath, args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', log, log],
  });
  return new Promise((resolveAdmin, reject) => {
    admin.once('error', reject);
    admin.once('exit', (code) => {
      if (code === 0) resolveAdmin();
      else reject(new Error(`admin create-owner exited ${code}; see ${logPath}`));
    });
  });
}

async function postJson(port: number, path: string, body: unknown, token?: string) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json: unknown = await response.json();
  return { status: response.status, json };
}

function field(json: unknown, name: string): string | null {
  if (typeof json !== 'object' || json === null || !(name in json)) return null;
  const value: unknown = (json as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

async function signIn(port: number): Promise<string> {
  const { status, json } = await postJson(port, '/api/auth/login', {
    email: OWNER.email,
    password: OWNER.password,
  });
  const token = field(json, 'token');
  if (status !== 200 || !token) {
    throw new Error(`POST /api/auth/login → ${status} ${JSON.stringify(json)}`);
  }
  return token;
}

async function createTandemDocument(port: number, token: string, title: string): Promise<string> {
  const { status, json } = await postJson(port, '/api/documents', { type: 'notes', title }, token);
  const id = field(json, 'id');
  if (status !== 201 || !id) {
    throw new Error(`POST /api/documents → ${status} ${JSON.stringify(json)}`);
  }
  return id;
}

function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directoryBytes(path) : statSync(path).size;
  }
  return total;
}
