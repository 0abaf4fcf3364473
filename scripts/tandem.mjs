#!/usr/bin/env node
// The two commands a fresh clone needs: `npm start` and `npm test` (plus `npm run dev`).
// Each installs what is missing first, so Node 20+ and npm are the only prerequisites.
// `start` and `admin` run the server compiled to JavaScript, as production does; `dev` runs
// the TypeScript source through tsx.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function say(message) {
  process.stdout.write(`\n\x1b[1m▸ ${message}\x1b[0m\n`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    process.stderr.write(
      `\n✖ ${path.basename(cmd)} ${args.join(' ')} failed (exit ${result.status})\n`,
    );
    process.exit(result.status ?? 1);
  }
}

function pnpm(args, options) {
  if (fs.existsSync(bin('pnpm'))) return run(bin('pnpm'), args, options);
  // First run on a fresh clone: pnpm is not installed yet; npx fetches the pinned version.
  return run('npx', ['-y', `pnpm@${PNPM_VERSION}`, ...args], options);
}

function install() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    process.stderr.write(`Tandem needs Node 20.19 or newer; this is ${process.version}\n`);
    process.exit(1);
  }
  say('Installing dependencies (pnpm, from the lockfile)');
  pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
}

function buildWeb() {
  say('Building the web app');
  pnpm(['--filter', '@tandem/web', 'build']);
}

/** The server compiled to plain JavaScript in server/dist (tsup: about a second). */
function buildServer() {
  say('Building the server');
  pnpm(['--filter', '@tandem/server', 'build']);
}

/** node's arguments for a compiled entry in server/dist, reading .env as the server does. */
function compiled(entry) {
  const envFile = path.join(root, '.env');
  const envArgs = fs.existsSync(envFile) ? [`--env-file=${envFile}`] : [];
  return [...envArgs, '--enable-source-maps', `dist/${entry}`];
}

/**
 * The server's process settings, each overridable from the environment:
 * - glibc gives each thread that allocates (the export and WAL-checkpoint workers, libuv's pool
 *   compressing checkpoints) an arena of its own and keeps what they freed: in a probe, 12 MiB
 *   less memory outside V8's heap stayed after 1,000 documents had been open with two arenas.
 * - V8 grows each half of its young generation up to 16 MiB under a burst of allocation (a
 *   thousand people joining) and keeps it: capped at 2 MiB, a server with 1,000 open documents
 *   used 15-20 KiB per document instead of 39 and returned 25 MiB closer to where it started,
 *   with fan-out and cursor latency unchanged (bench/README.md). A `--max-semi-space-size` of
 *   one's own in NODE_OPTIONS comes later and wins.
 */
function serverEnv(env) {
  return {
    MALLOC_ARENA_MAX: '2',
    ...env,
    NODE_OPTIONS: ['--max-semi-space-size=2', env.NODE_OPTIONS].filter(Boolean).join(' '),
  };
}

/** Runs the server in the foreground, forwarding signals so shutdown flushes every document. */
function serve() {
  const child = spawn(process.execPath, compiled('main.js'), {
    cwd: path.join(root, 'server'),
    stdio: 'inherit',
    env: serverEnv(process.env),
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function checkChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(chromium)) return;
  process.stderr.write(
    `\n✖ The browser tests need Chromium at ${chromium}.\n` +
      '  Debian/Ubuntu: apt-get install -y chromium   (or set CHROMIUM_PATH)\n',
  );
  process.exit(1);
}

const command = process.argv[2];
switch (command) {
  case 'start':
    install();
    buildWeb();
    buildServer();
    say('Starting Tandem');
    serve();
    break;
  case 'test':
    install();
    checkChromium();
    say('Typecheck');
    pnpm(['-r', '--parallel', 'typecheck']);
    say('Lint');
    run(bin('biome'), ['check', '.']);
    buildWeb();
    say('Unit, scenario and browser tests');
    // The web app was just built; the browser tests' own build step can be skipped.
    run(bin('vitest'), ['run', ...process.argv.slice(3)], {
      env: { ...process.env, TANDEM_E2E_SKIP_BUILD: '1' },
    });
    break;
  case 'admin':
    install();
    // Always rebuilt: a stale dist/ would run yesterday's code against today's database.
    buildServer();
    run(process.execPath, [...compiled('admin.js'), ...process.argv.slice(3)], {
      cwd: path.join(root, 'server'),
    });
    break;
  case 'dev':
    install();
    spawn(bin('pnpm'), ['--filter', '@tandem/web', 'dev'], { cwd: root, stdio: 'inherit' });
    spawn(path.join(root, 'server', 'node_modules', '.bin', 'tsx'), ['watch', 'src/main.ts'], {
      cwd: path.join(root, 'server'),
      stdio: 'inherit',
    });
    break;
  default:
    process.stderr.write('usage: node scripts/tandem.mjs start|test|dev|admin\n');
    process.exit(2);
}
