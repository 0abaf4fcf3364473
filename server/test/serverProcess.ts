import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { DEMO_ACCOUNTS } from '../src/auth/seedDemo';

const serverRoot = path.resolve(import.meta.dirname, '..');
const tsxLoader = createRequire(path.join(serverRoot, 'package.json')).resolve('tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export interface ServerProcess {
  url: string;
  wsUrl: string;
  /** Signed in as the demo owner. */
  owner: { token: string };
  child: ChildProcess;
  output(): string;
}

export const tsx = tsxLoader;
export const serverDir = serverRoot;

/** How to run the server: node's arguments and the folder to run them in. */
export interface Launch {
  args: string[];
  cwd: string;
}

/** The TypeScript source through tsx, as `npm run dev` runs it. */
const FROM_SOURCE: Launch = { args: ['--import', tsxLoader, 'src/main.ts'], cwd: serverRoot };

/**
 * The real server as its own OS process, for crash tests (from source, by default) and the
 * compiled-server test (`launch` runs dist/main.js).
 */
export async function spawnServer(
  env: { port: number; dataDir: string } & Record<string, string | number>,
  launch: Launch = FROM_SOURCE,
): Promise<ServerProcess> {
  const { port, dataDir, ...rest } = env;
  const child = spawn(process.execPath, launch.args, {
    cwd: launch.cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      TANDEM_DEMO: '1',
      ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)])),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (String(rest.TANDEM_DEMO) === '0') {
    return {
      url,
      wsUrl: `ws://127.0.0.1:${port}/sync`,
      owner: { token: '' },
      child,
      output: () => out,
    };
  }
  const demo = DEMO_ACCOUNTS[0];
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demo.email, password: demo.password }),
  });
  if (!login.ok) throw new Error(`demo sign-in failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  return { url, wsUrl: `ws://127.0.0.1:${port}/sync`, owner: { token }, child, output: () => out };
}

export async function killHard(proc: ServerProcess): Promise<void> {
  // Already gone: exited, or killed by a signal (then exitCode stays null).
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  const exited = new Promise((r) => proc.child.once('exit', r));
  proc.child.kill('SIGKILL');
  await exited;
}

export async function stopGracefully(proc: ServerProcess): Promise<number | null> {
  if (proc.child.exitCode !== null) return proc.child.exitCode;
  const exited = new Promise<number | null>((r) => proc.child.once('exit', (code) => r(code)));
  proc.child.kill('SIGTERM');
  return exited;
}
