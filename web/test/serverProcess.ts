import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The built app the browser tests serve. TANDEM_E2E_WEB_DIST gives a run its own build folder, so
 * two runs side by side never serve each other's half-written build.
 */
export const WEB_DIST = process.env.TANDEM_E2E_WEB_DIST
  ? path.resolve(process.env.TANDEM_E2E_WEB_DIST)
  : path.join(REPO_ROOT, 'web', 'dist');

/**
 * The tsx ESM loader, resolved from the server package (tsx is its dependency, not ours), so
 * `node --import <loader> server/src/main.ts` works from the repo root under pnpm's strict layout.
 */
function tsxLoaderUrl(): string {
  const require = createRequire(path.join(REPO_ROOT, 'server', 'package.json'));
  const manifestPath = require.resolve('tsx/package.json');
  const manifest: unknown = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const exportsField = (manifest as { exports?: Record<string, unknown> }).exports?.['.'];
  const entry =
    typeof exportsField === 'string'
      ? exportsField
      : (exportsField as { import?: unknown } | undefined)?.import;
  if (typeof entry !== 'string') throw new Error(`cannot find tsx's loader in ${manifestPath}`);
  return pathToFileURL(path.join(path.dirname(manifestPath), entry)).href;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealthy(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode} before it was healthy:\n${log()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`server not healthy after 30s:\n${log()}`);
}

/**
 * The real Tandem server as a child process, serving the built web app. `stop()` and `start()`
 * can be called repeatedly: the port and DATA_DIR stay the same, so a restarted server has the
 * same documents and the browser sees the same origin (same IndexedDB).
 */
export class ServerProcess {
  readonly dataDir: string;
  #child: ChildProcess | null = null;
  #output = '';

  private constructor(
    readonly port: number,
    private readonly demo: boolean,
    /** Extra environment for the server (a setting under test). */
    private readonly env: Record<string, string> = {},
  ) {
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-'));
  }

  /**
   * `demo` (default true) seeds the demo workspace and its accounts on the fresh DATA_DIR. The
   * browser tests need it: every API and sync call requires a signed-in member, and a production
   * start (TANDEM_DEMO=0) has no way to create the first account from outside.
   */
  static async start(
    options: { demo?: boolean; env?: Record<string, string> } = {},
  ): Promise<ServerProcess> {
    if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
      throw new Error(`no built web app in ${WEB_DIST}; run \`vite build\` in web/ first`);
    }
    const server = new ServerProcess(await freePort(), options.demo ?? true, options.env);
    await server.start();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get output(): string {
    return this.#output;
  }

  async start(): Promise<void> {
    if (this.#child !== null) throw new Error('server already running');
    const child = spawn(process.execPath, ['--import', tsxLoaderUrl(), 'server/src/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        LOG_LEVEL: 'warn',
        TANDEM_DEMO: this.demo ? '1' : '0',
        TANDEM_WEB_DIST: WEB_DIST,
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      this.#output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.#output += chunk.toString();
    });
    this.#child = child;
    await waitForHealthy(this.url, child, () => this.#output);
  }

  /** Stops the server: SIGTERM (graceful: rooms flushed), SIGKILL if it takes over 10s. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.#child;
    if (child === null) return;
    this.#child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  /** Stops the server and removes its data directory. */
  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
