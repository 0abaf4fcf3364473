import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, createDocument, eventually, type TestClient, tempDir } from './harness';
import {
  freePort,
  killHard,
  type ServerProcess,
  serverDir,
  spawnServer,
  stopGracefully,
} from './serverProcess';

/**
 * What production runs: the tsup build, started with plain node, no tsx anywhere. Bundling
 * breaks things the source tests cannot see (a path read relative to the file, a workspace
 * package left as TypeScript, a dependency that only loads from its own folder), so this
 * builds and starts the real thing.
 */

/**
 * The shipped layout, as the Docker image has it: <root>/server/{dist,package.json,node_modules}
 * beside <root>/web/dist. node_modules links to the checkout's, so bare imports resolve from
 * dist/ as they do in production; web/dist is a stand-in page, so GET / proves the compiled
 * config still finds the web app by its default path.
 */
function buildCompiledLayout(root: string): string {
  const server = path.join(root, 'server');
  fs.mkdirSync(server, { recursive: true });
  fs.copyFileSync(path.join(serverDir, 'package.json'), path.join(server, 'package.json'));
  fs.symlinkSync(path.join(serverDir, 'node_modules'), path.join(server, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(root, 'web', 'dist'), { recursive: true });
  fs.writeFileSync(path.join(root, 'web', 'dist', 'index.html'), `<title>${WEB_MARKER}</title>`);

  const require = createRequire(path.join(serverDir, 'package.json'));
  const manifest = require.resolve('tsup/package.json');
  const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin: { tsup: string } };
  const build = spawnSync(
    process.execPath,
    [path.join(path.dirname(manifest), bin.tsup), '--out-dir', path.join(server, 'dist')],
    { cwd: serverDir, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`tsup failed:\n${build.stdout}\n${build.stderr}`);
  return server;
}

const WEB_MARKER = 'compiled-server-test web app';

let root: string;
let server: string;
let dataDir: string;
let proc: ServerProcess | undefined;
const clients: TestClient[] = [];

// A build and a cold start: more than the 30 s hook budget on a busy two-core machine.
beforeAll(async () => {
  root = tempDir('tandem-compiled-');
  server = buildCompiledLayout(root);
  dataDir = path.join(root, 'data');
  proc = await spawnServer(
    { port: await freePort(), dataDir },
    { args: ['--enable-source-maps', 'dist/main.js'], cwd: server },
  );
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.destroy();
  if (proc) await killHard(proc);
  fs.rmSync(root, { recursive: true, force: true });
});

const api = (p: string, token = proc!.owner.token) =>
  fetch(`${proc!.url}${p}`, { headers: { authorization: `Bearer ${token}` } });

describe('the compiled server (node dist/main.js)', () => {
  it('bundles the workspace packages and leaves every npm dependency external', () => {
    const code = fs
      .readdirSync(path.join(server, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(server, 'dist', f), 'utf8'))
      .join('\n');
    // Node cannot load the packages' TypeScript source; an import left in would crash at start.
    expect(code).not.toMatch(/from ['"]@tandem\//);
    // A bundled copy of better-sqlite3 could not find its native addon.
    expect(code).toMatch(/from ['"]better-sqlite3['"]/);
    expect(fs.existsSync(path.join(server, 'dist', 'main.js.map'))).toBe(true);
  });

  it('loads the Redis and PostgreSQL clients only when they are configured', () => {
    // What node dist/main.js loads before it reads its configuration: every static import,
    // followed through the chunks. A single node on SQLite pays nothing for either client
    // (the Redis client and its socket.io adapter alone were 13 MiB of RSS and 90 ms at start).
    const loaded = new Set<string>();
    const visit = (file: string, seen = new Set<string>()) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = fs.readFileSync(path.join(server, 'dist', file), 'utf8');
      for (const [, spec] of code.matchAll(
        /(?:^|[;\n])\s*import\s*(?:[^'"()]*?\sfrom\s*)?["']([^"']+)["']/g,
      )) {
        if (!spec) continue;
        if (spec.startsWith('./')) visit(spec.slice(2), seen);
        else loaded.add(spec);
      }
    };
    visit('main.js');
    expect(loaded).toContain('fastify');
    expect(loaded).toContain('better-sqlite3');
    for (const lazy of ['redis', '@socket.io/redis-adapter', 'pg', 'kysely']) {
      expect(loaded).not.toContain(lazy);
    }
  });

  it('is live and ready, seeded the demo workspace, and serves the web app', async () => {
    expect((await fetch(`${proc!.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${proc!.url}/readyz`)).status).toBe(200);
    // spawnServer signed in as the demo owner; the seeded documents are theirs to list.
    const list = (await (await api('/api/documents')).json()) as {
      documents: { type: string }[];
    };
    expect(list.documents.map((d) => d.type)).toEqual(
      expect.arrayContaining(['course-standard', 'curriculum-map']),
    );
    expect(await (await fetch(`${proc!.url}/`)).text()).toContain(WEB_MARKER);
    expect(await (await fetch(`${proc!.url}/d/some-document`)).text()).toContain(WEB_MARKER);
  });

  it('syncs an edit between two y-websocket clients', async () => {
    const docId = await createDocument(proc!, 'Compiled');
    const [a, b] = [connectClient(proc!, docId), connectClient(proc!, docId)];
    clients.push(a, b);
    await Promise.all([a.synced(), b.synced()]);
    a.text.insert(0, '编译后的服务器 compiled');
    await eventually(() => expect(b.text.toString()).toBe('编译后的服务器 compiled'));
  });

  it('exports a seeded course standard as Word and PDF', async () => {
    const list = (await (await api('/api/documents')).json()) as {
      documents: { id: string; type: string }[];
    };
    const standard = list.documents.find((d) => d.type === 'course-standard')!;
    // docx, lexical headless and pdfmake load from node_modules, beside their own files.
    const docx = await api(`/api/documents/${standard.id}/export.docx`);
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const pdf = await api(`/api/documents/${standard.id}/export.pdf`);
    // Needs fonts-noto-cjk, as exportPdf.test.ts does.
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('runs the compiled admin command against the same DATA_DIR', async () => {
    const admin = (...args: string[]) =>
      execFileSync(process.execPath, ['dist/admin.js', ...args], {
        cwd: server,
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: 'utf8',
      });
    expect(admin('--help')).toContain('create-owner --email EMAIL');
    const out = admin(
      'create-owner',
      '--email',
      'dean@college.example',
      '--name',
      '李院长',
      '--password',
      'compiled-admin-pass-2031',
    );
    expect(out).toContain('Created dean@college.example');
    const login = await fetch(`${proc!.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'dean@college.example', password: 'compiled-admin-pass-2031' }),
    });
    expect(login.status).toBe(200);
  });

  it('flushes and exits 0 on SIGTERM', async () => {
    expect(await stopGracefully(proc!)).toBe(0);
    proc = undefined;
  });
});
