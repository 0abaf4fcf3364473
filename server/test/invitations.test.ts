import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer } from '../src/auth';
import { createLogger } from '../src/logger';
import { createDocument, startServer, type TestServer } from './harness';

let server: TestServer;
let smtp: SMTPServer | undefined;
afterEach(async () => {
  await server.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  smtp = undefined;
});

const call = (method: string, path: string, token: string | null, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : null,
  });

async function invite(email: string, role = 'editor') {
  const res = await call(
    'POST',
    `/api/workspaces/${server.workspaceId}/invitations`,
    server.owner.token,
    {
      email,
      role,
      organisation: { name: '京东物流', side: 'enterprise' },
    },
  );
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; url: string; emailed: boolean; status: string };
}
const tokenOf = (url: string) => url.split('/invite/')[1]!;

describe('invitations', () => {
  it('signs a new person up once an owner confirms the address (no mail configured)', async () => {
    server = await startServer();
    const made = await invite('Zhang.Min@JD.example');
    expect(made.url).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]{43}$`));
    expect(made.status).toBe('pending');
    expect(made.emailed).toBe(false);
    const token = tokenOf(made.url);

    const preview = await call('GET', `/api/invitations/${token}`, null);
    const shown = await preview.json();
    expect(shown).toMatchObject({
      workspaceName: 'Test workspace',
      email: 'zhang.min@jd.example',
      role: 'editor',
      organisation: { name: '京东物流', side: 'enterprise' },
    });
    expect(shown).not.toHaveProperty('accountExists');

    const answered = await call('POST', `/api/invitations/${token}/accept`, null, {
      name: '张敏',
      password: 'a long enough secret',
    });
    expect(answered.status).toBe(202);
    expect(await answered.json()).toEqual({ status: 'pending', emailed: false });
    // Nothing exists until the address is vouched for.
    expect(await server.accounts.findCredentials('zhang.min@jd.example')).toBeNull();
    const list = (await (
      await call('GET', `/api/workspaces/${server.workspaceId}/invitations`, server.owner.token)
    ).json()) as { invitations: { id: string; awaitingConfirmation?: boolean }[] };
    expect(list.invitations.find((i) => i.id === made.id)?.awaitingConfirmation).toBe(true);

    const confirmed = await call(
      'POST',
      `/api/workspaces/${server.workspaceId}/invitations/${made.id}/confirm`,
      server.owner.token,
    );
    expect(confirmed.status).toBe(204);
    const signedIn = await call('POST', '/api/auth/login', null, {
      email: 'zhang.min@jd.example',
      password: 'a long enough secret',
    });
    expect(signedIn.status).toBe(200);
    const { token: session, user } = (await signedIn.json()) as {
      token: string;
      user: { name: string; organisation: { side: string } };
    };
    expect(user).toMatchObject({ name: '张敏', organisation: { side: 'enterprise' } });
    const me = (await (await call('GET', '/api/auth/me', session)).json()) as {
      workspaces: { role: string }[];
    };
    expect(me.workspaces).toEqual([expect.objectContaining({ role: 'editor' })]);

    const again = await call('POST', `/api/invitations/${token}/accept`, null, {
      name: '张敏',
      password: 'a long enough secret',
    });
    expect(again.status).toBe(404);
    expect(((await again.json()) as { code: string }).code).toBe('INVITE_INVALID');
  });

  it('refuses expired and revoked links, and weak passwords', async () => {
    server = await startServer({ config: { inviteTtlMs: 1 } });
    const expired = await invite('late@test.local');
    await new Promise((r) => setTimeout(r, 5));
    const res = await call('GET', `/api/invitations/${tokenOf(expired.url)}`, null);
    expect(res.status).toBe(410);
    expect(((await res.json()) as { code: string }).code).toBe('INVITE_EXPIRED');
    await server.close();

    server = await startServer();
    const revoked = await invite('revoked@test.local');
    const del = await call(
      'DELETE',
      `/api/workspaces/${server.workspaceId}/invitations/${revoked.id}`,
      server.owner.token,
    );
    expect(del.status).toBe(204);
    expect((await call('GET', `/api/invitations/${tokenOf(revoked.url)}`, null)).status).toBe(404);

    const weak = await invite('weak@test.local');
    const short = await call('POST', `/api/invitations/${tokenOf(weak.url)}/accept`, null, {
      name: 'W',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { message: string }).message).toMatch(/at least 10 characters/);
  });

  it('lets an existing account join with its own password', async () => {
    server = await startServer();
    const other = await server.accounts.createWorkspace('Other');
    const existing = await server.addUser('viewer', {
      workspaceId: other.id,
      password: 'the real password',
    });
    const made = await invite(existing.email, 'viewer');
    const wrong = await call('POST', `/api/invitations/${tokenOf(made.url)}/accept`, null, {
      password: 'a wrong password',
    });
    // The same answer as for an address without an account: the link does not tell.
    expect(wrong.status).toBe(202);
    expect(await server.accounts.roleOf(server.workspaceId, existing.id)).toBeNull();
    const right = await call('POST', `/api/invitations/${tokenOf(made.url)}/accept`, null, {
      password: 'the real password',
    });
    expect(right.status).toBe(200);
    expect(await server.accounts.roleOf(server.workspaceId, existing.id)).toBe('viewer');
  });

  it('refuses to let a leader invite a leader, and inviting a member twice', async () => {
    server = await startServer();
    const leader = await server.addUser('leader');
    const up = await call(
      'POST',
      `/api/workspaces/${server.workspaceId}/invitations`,
      leader.token,
      {
        email: 'peer@test.local',
        role: 'leader',
        organisation: { name: 'College', side: 'school' },
      },
    );
    expect(up.status).toBe(403);
    const twice = await call(
      'POST',
      `/api/workspaces/${server.workspaceId}/invitations`,
      server.owner.token,
      {
        email: leader.email,
        role: 'editor',
        organisation: { name: 'College', side: 'school' },
      },
    );
    expect(twice.status).toBe(409);
  });

  it('mails the link when SMTP is configured', async () => {
    const received: string[] = [];
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push(data);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp!.listen(0, '127.0.0.1', resolve));
    const address = smtp.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    server = await startServer({
      mailer: createMailer(
        `smtp://127.0.0.1:${port}`,
        'Tandem <t@test.local>',
        createLogger('silent', false),
      ),
    });
    const made = await invite('mailed@test.local');
    expect(made.emailed).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]).toContain('mailed@test.local');
    expect(received[0]!.replace(/=\r\n/g, '')).toContain(tokenOf(made.url).slice(0, 20));
    // The role reads as a word, not as its code.
    expect(received[0]!.replace(/=\r\n/g, '')).toContain('as Editor.');
  });
});

describe('audit log', () => {
  it('records sign-ins, failures, invitations, role changes, removals and deletions for owners', async () => {
    server = await startServer();
    const member = await server.addUser('editor', { password: 'member password 1' });
    await call('POST', '/api/auth/login', null, {
      email: member.email,
      password: 'member password 1',
    });
    await call('POST', '/api/auth/login', null, {
      email: member.email,
      password: 'wrong password!',
    });
    await invite('audited@test.local');
    await call(
      'PATCH',
      `/api/workspaces/${server.workspaceId}/members/${member.id}`,
      server.owner.token,
      { role: 'viewer' },
    );
    await call(
      'DELETE',
      `/api/workspaces/${server.workspaceId}/members/${member.id}`,
      server.owner.token,
    );
    const docId = await createDocument(server);
    await call('DELETE', `/api/documents/${docId}`, server.owner.token);

    const res = await call(
      'GET',
      `/api/workspaces/${server.workspaceId}/audit`,
      server.owner.token,
    );
    const { entries } = (await res.json()) as {
      entries: {
        event: string;
        actor: string | null;
        target: string | null;
        details: Record<string, unknown>;
        names: Record<string, string>;
      }[];
    };
    const events = entries.map((e) => e.event);
    // The removed member's entries still name them: the account outlives the membership.
    const removal = entries.find((e) => e.event === 'member.removed');
    expect(removal?.names[member.id]).toBe(member.name);
    expect(entries.find((e) => e.event === 'auth.sign-in' && e.actor === member.id)?.names).toEqual(
      { [member.id]: member.name },
    );
    expect(events).toEqual(
      expect.arrayContaining([
        'auth.sign-in',
        'auth.sign-in-failed',
        'invitation.created',
        'member.role-changed',
        'member.removed',
        'document.deleted',
      ]),
    );
    expect(JSON.stringify(entries)).not.toContain('member password');
  });
});
