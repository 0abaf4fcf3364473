import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer } from '../src/auth';
import { ConfigError, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { eventually, startServer, type TestServer, type TestServerOptions } from './harness';

/**
 * Issue 10, part A: each attack a hostile workspace member (or anyone with a link) could run
 * against accounts, reproduced against a real server and shown refused.
 */
let server: TestServer;
let smtp: SMTPServer | undefined;
afterEach(async () => {
  await server?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  smtp = undefined;
});

const call = (
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : null,
  });
const codeOf = async (res: Response) => ((await res.json()) as { code: string }).code;

async function invite(email: string, role = 'viewer') {
  const res = await call(
    'POST',
    `/api/workspaces/${server.workspaceId}/invitations`,
    server.owner.token,
    { email, role, organisation: { name: 'Partner', side: 'enterprise' } },
  );
  expect(res.status).toBe(201);
  const made = (await res.json()) as { id: string; url: string };
  return { ...made, token: made.url.split('/invite/')[1]! };
}

/** A victim with an account in another workspace, and an invitation to it from this one. */
async function victimInvited() {
  const other = await server.accounts.createWorkspace('Victim’s own workspace');
  const victim = await server.addUser('owner', {
    workspaceId: other.id,
    password: 'the real password',
  });
  return { victim, other, invitation: await invite(victim.email) };
}

async function withMail(options: TestServerOptions = {}) {
  const received: string[] = [];
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        received.push(data.replace(/=\r\n/g, ''));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp!.listen(0, '127.0.0.1', resolve));
  const address = smtp.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server = await startServer({
    ...options,
    mailer: createMailer(
      `smtp://127.0.0.1:${port}`,
      'Tandem <t@test.local>',
      createLogger('silent', false),
    ),
  });
  return received;
}
const linkIn = (mail: string, kind: 'verify' | 'reset') =>
  mail.match(new RegExp(`(https?://[^\\s]+)/${kind}/([A-Za-z0-9_-]{43})`))!;

describe('invitation accept is no password oracle', () => {
  it('throttles guesses at an invitation like sign-ins, audits them, and refuses even a right guess while locked', async () => {
    server = await startServer();
    const { victim, other, invitation } = await victimInvited();
    for (let i = 0; i < 5; i++) {
      const guess = await call('POST', `/api/invitations/${invitation.token}/accept`, null, {
        password: `guess number ${i} here`,
      });
      expect(guess.status).toBe(202);
    }
    const right = await call('POST', `/api/invitations/${invitation.token}/accept`, null, {
      password: 'the real password',
    });
    expect(right.status).toBe(429);
    expect(await codeOf(right)).toBe('AUTH_LOCKED');
    // One throttle: sign-in is locked for that address too.
    const login = await call('POST', '/api/auth/login', null, {
      email: victim.email,
      password: 'the real password',
    });
    expect(login.status).toBe(429);
    // The victim's owners see every failed guess, marked as coming through an invitation.
    const entries = await server.accounts.listAudit(other.id);
    const failures = entries.filter((e) => e.event === 'auth.sign-in-failed');
    expect(failures).toHaveLength(5);
    expect(failures.every((e) => e.details.via === 'invitation')).toBe(true);
  });

  it('answers the same whether or not the address has an account (preview, accept, login, reset)', async () => {
    server = await startServer();
    const { victim, invitation } = await victimInvited();
    const stranger = await invite('nobody-here@test.local');

    const previews = await Promise.all(
      [invitation.token, stranger.token].map(async (t) =>
        Object.keys(
          (await (await call('GET', `/api/invitations/${t}`, null)).json()) as object,
        ).sort(),
      ),
    );
    expect(previews[0]).toEqual(previews[1]);
    expect(previews[0]).not.toContain('accountExists');

    const answers = await Promise.all(
      [invitation.token, stranger.token].map(async (t) => {
        const res = await call('POST', `/api/invitations/${t}/accept`, null, {
          name: 'Someone',
          password: 'not their password at all',
        });
        return [res.status, await res.json()];
      }),
    );
    expect(answers[0]).toEqual(answers[1]);

    const logins = await Promise.all(
      [victim.email, 'nobody-here@test.local'].map(async (email) => {
        const res = await call('POST', '/api/auth/login', null, {
          email,
          password: 'wrong guess 123',
        });
        return [res.status, await res.json()];
      }),
    );
    expect(logins[0]).toEqual(logins[1]);

    const resets = await Promise.all(
      [victim.email, 'nobody-here@test.local'].map(async (email) => {
        const res = await call('POST', '/api/auth/password-reset', null, { email });
        return [res.status, await res.json()];
      }),
    );
    expect(resets[0]).toEqual([202, {}]);
    expect(resets[0]).toEqual(resets[1]);
  });
});

describe('lockout slows the attacker, not the account holder', () => {
  it('locks the attacking address while the leader still signs in from theirs', async () => {
    server = await startServer({ config: { trustProxy: 1 } });
    const leader = await server.addUser('leader', { password: 'leader passphrase here' });
    const from = (ip: string, password: string) =>
      call(
        'POST',
        '/api/auth/login',
        null,
        { email: leader.email, password },
        { 'x-forwarded-for': ip },
      );
    for (let i = 0; i < 8; i++) await from('198.51.100.66', 'bad guess');
    expect((await from('198.51.100.66', 'leader passphrase here')).status).toBe(429);
    expect((await from('203.0.113.7', 'leader passphrase here')).status).toBe(200);
  });
});

describe('addresses are proven before an invitation makes an account', () => {
  it('a squatter answering an invitation creates nothing; the mailed link is the proof', async () => {
    const mails = await withMail({ config: { publicUrl: 'https://tandem.example.edu' } });
    const made = await invite('real.person@partner.example');
    await eventually(() => expect(mails).toHaveLength(1));
    const answered = await call('POST', `/api/invitations/${made.token}/accept`, null, {
      name: 'Real Person',
      password: 'a long enough secret',
    });
    expect(answered.status).toBe(202);
    expect(await answered.json()).toEqual({ status: 'pending', emailed: true });
    expect(await server.accounts.findCredentials('real.person@partner.example')).toBeNull();

    await eventually(() => expect(mails).toHaveLength(2));
    const [, base, proof] = linkIn(mails[1]!, 'verify');
    expect(base).toBe('https://tandem.example.edu');
    // Mail is configured, so an owner cannot vouch instead of the mailbox.
    const byOwner = await call(
      'POST',
      `/api/workspaces/${server.workspaceId}/invitations/${made.id}/confirm`,
      server.owner.token,
    );
    expect(byOwner.status).toBe(409);
    expect(await codeOf(byOwner)).toBe('INVITE_CONFIRM_BY_MAIL');

    const verified = await call('POST', `/api/auth/verify-email/${proof}`, null);
    expect(verified.status).toBe(200);
    const { user } = (await verified.json()) as { user: { id: string; name: string } };
    expect(user.name).toBe('Real Person');
    expect(await server.accounts.roleOf(server.workspaceId, user.id)).toBe('viewer');
    const again = await call('POST', `/api/auth/verify-email/${proof}`, null);
    expect(again.status).toBe(404);
    expect(await codeOf(again)).toBe('AUTH_LINK_INVALID');
  });

  it('without mail, only an owner confirms, and only someone who answered', async () => {
    server = await startServer();
    const made = await invite('new.person@partner.example');
    const leader = await server.addUser('leader');
    const early = await call(
      'POST',
      `/api/workspaces/${server.workspaceId}/invitations/${made.id}/confirm`,
      server.owner.token,
    );
    expect(early.status).toBe(409);
    expect(await codeOf(early)).toBe('INVITE_NOT_ANSWERED');
    await call('POST', `/api/invitations/${made.token}/accept`, null, {
      name: 'New Person',
      password: 'a long enough secret',
    });
    const byLeader = await call(
      'POST',
      `/api/workspaces/${server.workspaceId}/invitations/${made.id}/confirm`,
      leader.token,
    );
    expect(byLeader.status).toBe(403);
    expect(await server.accounts.findCredentials('new.person@partner.example')).toBeNull();
  });
});

describe('password reset by mail', () => {
  it('mails a single-use link; a new password ends every old sign-in', async () => {
    const mails = await withMail({ config: { publicUrl: 'https://tandem.example.edu' } });
    const user = await server.addUser('editor', { password: 'forgotten passphrase' });
    const req = await call('POST', '/api/auth/password-reset', null, {
      email: user.email.toUpperCase(),
    });
    expect(req.status).toBe(202);
    await eventually(() => expect(mails).toHaveLength(1));
    const [, base, token] = linkIn(mails[0]!, 'reset');
    expect(base).toBe('https://tandem.example.edu');

    const weak = await call('POST', `/api/auth/password-reset/${token}`, null, {
      password: 'aaaaaaaaaa',
    });
    expect(weak.status).toBe(400);
    expect(await codeOf(weak)).toBe('AUTH_PASSWORD_WEAK');
    // A refused password does not use the link up.
    const done = await call('POST', `/api/auth/password-reset/${token}`, null, {
      password: 'a brand new passphrase',
    });
    expect(done.status).toBe(204);
    expect((await call('GET', '/api/auth/me', user.token)).status).toBe(401);
    const reused = await call('POST', `/api/auth/password-reset/${token}`, null, {
      password: 'another new passphrase',
    });
    expect(reused.status).toBe(404);
    expect(await codeOf(reused)).toBe('AUTH_LINK_INVALID');
    const login = (password: string) =>
      call('POST', '/api/auth/login', null, { email: user.email, password });
    expect((await login('forgotten passphrase')).status).toBe(401);
    expect((await login('a brand new passphrase')).status).toBe(200);
  });
});

describe('the password rule', () => {
  it('refuses aaaaaaaaaa and other guessable passwords wherever a password is set', async () => {
    server = await startServer();
    const made = await invite('weak@test.local');
    const accept = await call('POST', `/api/invitations/${made.token}/accept`, null, {
      name: 'Weak',
      password: 'aaaaaaaaaa',
    });
    expect(accept.status).toBe(400);
    expect(await codeOf(accept)).toBe('AUTH_PASSWORD_WEAK');

    const user = await server.addUser('editor', { password: 'my current passphrase' });
    const change = (currentPassword: string, newPassword: string) =>
      call('POST', '/api/auth/password', user.token, { currentPassword, newPassword });
    const weak = await change('my current passphrase', 'qwertyuiop123');
    expect(weak.status).toBe(400);
    expect(await codeOf(weak)).toBe('AUTH_PASSWORD_WEAK');
    expect((await change('not my password', 'a strong new passphrase')).status).toBe(401);
    expect((await change('my current passphrase', 'a strong new passphrase')).status).toBe(204);
    // The session that changed it stays signed in.
    expect((await call('GET', '/api/auth/me', user.token)).status).toBe(200);
  });
});

describe('proxies and links', () => {
  it('believes only the nearest proxy hop: a forged X-Forwarded-For does not become the audit address', async () => {
    server = await startServer({ config: { trustProxy: 1 } });
    const user = await server.addUser('editor', { password: 'a long enough secret' });
    await call(
      'POST',
      '/api/auth/login',
      null,
      { email: user.email, password: 'wrong guess here' },
      { 'x-forwarded-for': '192.0.2.99, 203.0.113.5' },
    );
    const failed = (await server.accounts.listAudit(server.workspaceId)).find(
      (e) => e.event === 'auth.sign-in-failed',
    );
    expect(failed?.ip).toBe('203.0.113.5');
  });

  it('builds invitation links from the configured address, never the Host header', async () => {
    server = await startServer();
    const body = JSON.stringify({
      email: 'host@test.local',
      role: 'viewer',
      organisation: { name: 'Partner', side: 'enterprise' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        `${server.url}/api/workspaces/${server.workspaceId}/invitations`,
        {
          method: 'POST',
          headers: {
            host: 'evil.example',
            authorization: `Bearer ${server.owner.token}`,
            'content-type': 'application/json',
          },
        },
        (res) => {
          let data = '';
          res.on('data', (c: Buffer) => (data += c.toString()));
          res.on('end', () => resolve((JSON.parse(data) as { url: string }).url));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(url.startsWith(`${server.url}/invite/`)).toBe(true);
  });

  it('reads TANDEM_TRUST_PROXY as hops or addresses, and requires TANDEM_PUBLIC_URL for production mail', () => {
    const env = (extra: Record<string, string>) => loadConfig({ ...extra }, '/tmp');
    expect(env({ TANDEM_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(env({ TANDEM_TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(env({ TANDEM_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(env({}).trustProxy).toBe(false);
    expect(env({ TANDEM_TRUST_PROXY: '10.0.0.0/8, ::1,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '::1',
      'loopback',
    ]);
    expect(() => env({ TANDEM_TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TANDEM_TRUST_PROXY/);
    expect(() => env({ TANDEM_DEMO: '0', SMTP_URL: 'smtp://mail.example' })).toThrow(ConfigError);
    expect(() => env({ TANDEM_DEMO: '0', SMTP_URL: 'smtp://mail.example' })).toThrow(
      /TANDEM_PUBLIC_URL/,
    );
    expect(
      env({
        TANDEM_DEMO: '0',
        SMTP_URL: 'smtp://mail.example',
        TANDEM_PUBLIC_URL: 'https://t.example',
      }).publicUrl,
    ).toBe('https://t.example');
  });
});

describe('CSRF token bound to the session', () => {
  it('refuses a CSRF token issued to another sign-in, even with its secret cookie planted', async () => {
    server = await startServer();
    const victim = await server.addUser('editor', { password: 'victim passphrase' });
    const attacker = await server.addUser('editor', { password: 'attacker passphrase' });
    const signIn = async (email: string, password: string) => {
      const res = await call('POST', '/api/auth/login', null, { email, password });
      const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
      return { cookies, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
    };
    const v = await signIn(victim.email, 'victim passphrase');
    const a = await signIn(attacker.email, 'attacker passphrase');
    const session = v.cookies.find((c) => c.startsWith('tandem_session='))!;
    const planted = a.cookies.filter((c) => !c.startsWith('tandem_session='));
    const create = (cookie: string, csrf: string) =>
      call(
        'POST',
        '/api/documents',
        null,
        { type: 'notes', title: 'x' },
        {
          cookie,
          'x-csrf-token': csrf,
        },
      );
    const forged = await create([session, ...planted].join('; '), a.csrfToken);
    expect(forged.status).toBe(403);
    expect(await codeOf(forged)).toBe('AUTH_CSRF');
    expect((await create(session, v.csrfToken)).status).toBe(201);
  });
});
