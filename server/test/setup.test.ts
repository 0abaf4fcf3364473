import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/auth/seedDemo';
import { tempDir } from './harness';
import {
  freePort,
  killHard,
  type ServerProcess,
  serverDir,
  spawnServer,
  stopGracefully,
  tsx,
} from './serverProcess';

let proc: ServerProcess | undefined;
afterEach(async () => {
  if (proc) await killHard(proc);
  proc = undefined;
});

const login = (url: string, email: string, password: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

describe('first start', () => {
  it('seeds the demo workspace once, with a leader of each side as a pair and a viewer', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    proc = await spawnServer({ port, dataDir });
    expect(proc.output()).toContain('school.leader@tandem.demo');
    const sessions = [];
    for (const account of DEMO_ACCOUNTS) {
      const res = await login(proc.url, account.email, account.password);
      expect(res.status).toBe(200);
      sessions.push(((await res.json()) as { token: string }).token);
    }
    const auth = { authorization: `Bearer ${sessions[0]}` };
    const me = (await (await fetch(`${proc.url}/api/auth/me`, { headers: auth })).json()) as {
      workspaces: { id: string; role: string }[];
    };
    expect(me.workspaces).toHaveLength(1);
    const ws = (await (
      await fetch(`${proc.url}/api/workspaces/${me.workspaces[0]!.id}`, { headers: auth })
    ).json()) as {
      members: { role: string; user: { organisation: { side: string } } }[];
      pairs: { kind: string; school: { email: string }; enterprise: { email: string } }[];
    };
    expect(ws.members.map((m) => [m.role, m.user.organisation.side]).sort()).toEqual([
      ['leader', 'enterprise'],
      ['owner', 'school'],
      ['viewer', 'school'],
    ]);
    expect(ws.pairs).toEqual([
      expect.objectContaining({
        kind: 'leaders',
        school: expect.objectContaining({ email: 'school.leader@tandem.demo' }),
        enterprise: expect.objectContaining({ email: 'jd.leader@tandem.demo' }),
      }),
    ]);
    const docs = (await (await fetch(`${proc.url}/api/documents`, { headers: auth })).json()) as {
      documents: unknown[];
    };
    expect(docs.documents.length).toBeGreaterThanOrEqual(4);

    await stopGracefully(proc);
    proc = await spawnServer({ port, dataDir });
    const again = (await (await fetch(`${proc.url}/api/auth/me`, { headers: auth })).json()) as {
      workspaces: unknown[];
    };
    expect(again.workspaces).toHaveLength(1);
  });

  it('never creates demo accounts with TANDEM_DEMO=0, and the admin command makes the first owner', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    proc = await spawnServer({ port, dataDir, TANDEM_DEMO: '0' });
    for (const account of DEMO_ACCOUNTS) {
      expect((await login(proc.url, account.email, account.password)).status).toBe(401);
    }
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        tsx,
        'src/cli/admin.ts',
        'create-owner',
        '--email',
        'dean@college.example',
        '--name',
        '李院长',
        '--workspace',
        '电子商务专业群',
      ],
      { cwd: serverDir, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' },
    );
    const password = /Password \(shown once\): (\S+)/.exec(out)?.[1];
    expect(password).toBeTruthy();
    expect(out).not.toContain('undefined');
    const res = await login(proc.url, 'dean@college.example', password!);
    expect(res.status).toBe(200);
  });
});
