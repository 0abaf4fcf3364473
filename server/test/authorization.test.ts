import { ROLES, type Role } from '@tandem/domain';
import { CloseCode } from '@tandem/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  connectClient,
  createDocument,
  eventually,
  startServer,
  type TestServer,
  type TestUser,
} from './harness';

/**
 * Every HTTP route and the sync endpoint, called as anonymous, as a member of another
 * workspace and as every role. A route without a row here fails the first test.
 */
type Caller = 'anonymous' | 'outsider' | Role;
const CALLERS: Caller[] = ['anonymous', 'outsider', ...ROLES];

interface Ctx {
  server: TestServer;
  /** A fresh member of the test workspace, to be changed or removed. */
  target(role?: Role, side?: 'school' | 'enterprise'): Promise<TestUser>;
  freshDoc(): Promise<string>;
  freshInvitation(): Promise<{ id: string; token: string }>;
  /** An invitation someone answered: waiting for the address to be confirmed. */
  answeredInvitation(): Promise<{ id: string; proof: string }>;
}

interface Row {
  method: string;
  /** The route as registered, with `:params`. */
  route: string;
  path(ctx: Ctx): Promise<string> | string;
  body?(ctx: Ctx): Promise<unknown> | unknown;
  expect: Partial<Record<Caller, number>> & { default: number };
}

const ws = (c: Ctx) => c.server.workspaceId;
/** A fresh curriculum map: only maps have a policy profile. */
async function mapDoc(c: Ctx): Promise<string> {
  const res = await fetch(`${c.server.url}/api/documents`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${c.server.owner.token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ workspaceId: ws(c), type: 'curriculum-map', title: 'Map' }),
  });
  return ((await res.json()) as { id: string }).id;
}
/** A fresh, empty course standard: still a complete Word file. */
async function standardDoc(c: Ctx): Promise<string> {
  const res = await fetch(`${c.server.url}/api/documents`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${c.server.owner.token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ workspaceId: ws(c), type: 'course-standard', title: 'Standard' }),
  });
  return ((await res.json()) as { id: string }).id;
}
const PUBLIC = (status: number) => ({ default: status });
const SIGNED_IN = (status: number) => ({ default: status, anonymous: 401 });
const MEMBERS = (status: number) => ({ default: status, anonymous: 401, outsider: 404 });
const ONLY = (roles: Role[], ok: number) => ({
  default: 403,
  anonymous: 401,
  outsider: 404,
  ...Object.fromEntries(roles.map((r) => [r, ok])),
});
const EDITORS: Role[] = ['owner', 'leader', 'coordinator', 'editor'];
const MANAGERS: Role[] = ['owner', 'leader'];

const ROWS: Row[] = [
  { method: 'GET', route: '/healthz', path: () => '/healthz', expect: PUBLIC(200) },
  { method: 'GET', route: '/readyz', path: () => '/readyz', expect: PUBLIC(200) },
  { method: 'GET', route: '/api/docs', path: () => '/api/docs', expect: PUBLIC(200) },
  { method: 'GET', route: '/api/docs/json', path: () => '/api/docs/json', expect: PUBLIC(200) },
  {
    method: 'POST',
    route: '/api/auth/login',
    path: () => '/api/auth/login',
    // A new email each call: repeated failures for one account would (rightly) lock it.
    body: () => ({
      email: `nobody-${Math.random().toString(36).slice(2)}@test.local`,
      password: 'wrong password',
    }),
    expect: PUBLIC(401),
  },
  {
    method: 'POST',
    route: '/api/auth/logout',
    path: () => '/api/auth/logout',
    expect: SIGNED_IN(204),
  },
  { method: 'GET', route: '/api/auth/me', path: () => '/api/auth/me', expect: SIGNED_IN(200) },
  {
    method: 'GET',
    route: '/api/invitations/:token',
    path: async (c) => `/api/invitations/${(await c.freshInvitation()).token}`,
    expect: PUBLIC(200),
  },
  {
    method: 'POST',
    route: '/api/invitations/:token/accept',
    path: async (c) => `/api/invitations/${(await c.freshInvitation()).token}/accept`,
    body: () => ({ name: 'New Person', password: 'a good long password' }),
    // A new address waits for confirmation; the answer never says whether it has an account.
    expect: PUBLIC(202),
  },
  {
    method: 'POST',
    route: '/api/auth/verify-email/:token',
    path: async (c) =>
      `/api/auth/verify-email/${await c.answeredInvitation().then((a) => a.proof)}`,
    expect: PUBLIC(200),
  },
  {
    method: 'POST',
    route: '/api/auth/password-reset',
    path: () => '/api/auth/password-reset',
    body: () => ({ email: `anyone-${Math.random().toString(36).slice(2)}@test.local` }),
    expect: PUBLIC(202),
  },
  {
    method: 'POST',
    route: '/api/auth/password-reset/:token',
    path: async (c) => {
      const { token } = await c.server.auth.credentials.createReset(
        (await c.target('viewer')).id,
        60_000,
      );
      return `/api/auth/password-reset/${token}`;
    },
    body: () => ({ password: 'a fresh unguessable phrase' }),
    expect: PUBLIC(204),
  },
  {
    method: 'POST',
    route: '/api/auth/password',
    path: async (c) => {
      // A change ends the account's other sign-ins, the harness owner's token among them.
      c.server.owner.token = (
        await c.server.accounts.issueToken(c.server.owner.id, 3_600_000)
      ).token;
      return '/api/auth/password';
    },
    // The same password again: later rows still sign in with it.
    body: () => ({
      currentPassword: 'correct horse battery',
      newPassword: 'correct horse battery',
    }),
    expect: SIGNED_IN(204),
  },
  {
    method: 'POST',
    route: '/api/workspaces/:workspaceId/invitations/:invitationId/confirm',
    path: async (c) =>
      `/api/workspaces/${ws(c)}/invitations/${(await c.answeredInvitation()).id}/confirm`,
    // Owners only: a leader vouching for an address is the squatting this step stops.
    expect: ONLY(['owner'], 204),
  },
  {
    method: 'GET',
    route: '/api/workspaces',
    path: () => '/api/workspaces',
    expect: SIGNED_IN(200),
  },
  {
    method: 'GET',
    route: '/api/workspaces/:workspaceId',
    path: (c) => `/api/workspaces/${ws(c)}`,
    expect: MEMBERS(200),
  },
  {
    method: 'PATCH',
    route: '/api/workspaces/:workspaceId/members/:userId',
    path: async (c) => `/api/workspaces/${ws(c)}/members/${(await c.target('editor')).id}`,
    body: () => ({ role: 'viewer' }),
    expect: ONLY(MANAGERS, 204),
  },
  {
    method: 'DELETE',
    route: '/api/workspaces/:workspaceId/members/:userId',
    path: async (c) => `/api/workspaces/${ws(c)}/members/${(await c.target('editor')).id}`,
    expect: ONLY(MANAGERS, 204),
  },
  {
    method: 'PUT',
    route: '/api/workspaces/:workspaceId/pairs/:kind',
    path: (c) => `/api/workspaces/${ws(c)}/pairs/coordinators`,
    body: async (c) => ({
      scope: 'group',
      schoolUserId: (await c.target('coordinator', 'school')).id,
      enterpriseUserId: (await c.target('coordinator', 'enterprise')).id,
    }),
    expect: ONLY(MANAGERS, 204),
  },
  {
    // The leaders pair signs documents off: owners only, and only with two leaders (H9a).
    method: 'PUT',
    route: '/api/workspaces/:workspaceId/pairs/:kind',
    path: (c) => `/api/workspaces/${ws(c)}/pairs/leaders`,
    body: async (c) => ({
      scope: 'group',
      schoolUserId: (await c.target('leader', 'school')).id,
      enterpriseUserId: (await c.target('leader', 'enterprise')).id,
    }),
    expect: ONLY(['owner'], 204),
  },
  {
    method: 'GET',
    route: '/api/workspaces/:workspaceId/invitations',
    path: (c) => `/api/workspaces/${ws(c)}/invitations`,
    expect: ONLY(MANAGERS, 200),
  },
  {
    method: 'POST',
    route: '/api/workspaces/:workspaceId/invitations',
    path: (c) => `/api/workspaces/${ws(c)}/invitations`,
    body: () => ({
      email: `invitee-${Math.random().toString(36).slice(2)}@test.local`,
      role: 'editor',
      organisation: { name: 'JD Logistics', side: 'enterprise' },
    }),
    expect: ONLY(MANAGERS, 201),
  },
  {
    method: 'DELETE',
    route: '/api/workspaces/:workspaceId/invitations/:invitationId',
    path: async (c) => `/api/workspaces/${ws(c)}/invitations/${(await c.freshInvitation()).id}`,
    expect: ONLY(MANAGERS, 204),
  },
  {
    method: 'GET',
    route: '/api/workspaces/:workspaceId/audit',
    path: (c) => `/api/workspaces/${ws(c)}/audit`,
    expect: ONLY(['owner'], 200),
  },
  {
    method: 'GET',
    route: '/api/organisations',
    path: () => '/api/organisations',
    expect: SIGNED_IN(200),
  },
  {
    method: 'GET',
    route: '/api/documents/:id/policy',
    path: async (c) => `/api/documents/${await mapDoc(c)}/policy`,
    expect: MEMBERS(200),
  },
  {
    // Thresholds decide what is a violation: owners only; versioned and audited.
    method: 'PUT',
    route: '/api/documents/:id/policy',
    body: () => ({ baseVersion: 0, override: { 'R2.minPracticeRatio': 0.6 } }),
    path: async (c) => `/api/documents/${await mapDoc(c)}/policy`,
    expect: ONLY(['owner'], 200),
  },
  {
    method: 'GET',
    route: '/api/documents/:id/policy/versions',
    path: async (c) => `/api/documents/${await mapDoc(c)}/policy/versions`,
    expect: MEMBERS(200),
  },
  {
    // Narrowed to one workspace: its members only; anyone else is told it does not exist.
    method: 'GET',
    route: '/api/organisations',
    path: (c) => `/api/organisations?workspaceId=${ws(c)}`,
    expect: MEMBERS(200),
  },
  { method: 'GET', route: '/api/documents', path: () => '/api/documents', expect: SIGNED_IN(200) },
  {
    method: 'POST',
    route: '/api/documents',
    path: () => '/api/documents',
    body: (c) => ({ workspaceId: ws(c), type: 'notes', title: 'From the table' }),
    expect: ONLY(EDITORS, 201),
  },
  {
    method: 'GET',
    route: '/api/documents/:id',
    path: async (c) => `/api/documents/${await c.freshDoc()}`,
    expect: MEMBERS(200),
  },
  {
    method: 'GET',
    route: '/api/documents/:id/report',
    path: async (c) => `/api/documents/${await c.freshDoc()}/report`,
    expect: MEMBERS(200),
  },
  {
    method: 'DELETE',
    route: '/api/documents/:id',
    path: async (c) => `/api/documents/${await c.freshDoc()}`,
    expect: ONLY(MANAGERS, 204),
  },
  {
    // Exports (issue 12): whoever may read a document may take it away as a file.
    method: 'GET',
    route: '/api/documents/:id/export.docx',
    path: async (c) => `/api/documents/${await standardDoc(c)}/export.docx`,
    expect: MEMBERS(200),
  },
  {
    method: 'GET',
    route: '/api/documents/:id/export.xlsx',
    path: async (c) => `/api/documents/${await mapDoc(c)}/export.xlsx`,
    expect: MEMBERS(200),
  },
  {
    method: 'GET',
    route: '/api/documents/:id/export.pdf',
    path: async (c) => `/api/documents/${await standardDoc(c)}/export.pdf`,
    expect: MEMBERS(200),
  },
  ...HISTORY_ROWS(),
  ...INBOX_ROWS(),
];

/** The inbox: everyone signed in has one, and reaches only their own. */
function INBOX_ROWS(): Row[] {
  /** A fresh notification in the owner's inbox: only the owner may mark it. */
  const ownersNotification = async (c: Ctx) => {
    await c.server.inbox.notify({
      userId: c.server.owner.id,
      workspaceId: c.server.workspaceId,
      kind: 'mention',
      documentId: null,
      sessionId: null,
      subject: null,
      actorId: null,
      payload: { title: 'A document' },
    });
    const page = await c.server.inbox.list(c.server.owner.id, { limit: 1 });
    return page.notifications[0]?.id ?? 'none';
  };
  return [
    {
      method: 'GET',
      route: '/api/notifications',
      path: () => '/api/notifications',
      expect: SIGNED_IN(200),
    },
    {
      method: 'GET',
      route: '/api/notifications/unread',
      path: () => '/api/notifications/unread',
      expect: SIGNED_IN(200),
    },
    {
      method: 'POST',
      route: '/api/notifications/:id/read',
      path: async (c) => `/api/notifications/${await ownersNotification(c)}/read`,
      // Someone else's notification is answered exactly like one that does not exist.
      expect: { default: 404, anonymous: 401, owner: 204 },
    },
    {
      method: 'POST',
      route: '/api/notifications/read-all',
      path: () => '/api/notifications/read-all',
      expect: SIGNED_IN(204),
    },
  ];
}

/** History routes (server/src/history): reading is for members; review actions vary. */
function HISTORY_ROWS(): Row[] {
  const COMMENTERS: Role[] = [...EDITORS, 'commenter'];
  let pending = '';
  const docWithVersion = async (c: Ctx) => {
    pending = await c.freshDoc();
    return (await c.server.history.createVersion(pending, { kind: 'named', label: 'v' })).id;
  };
  const freshThread = async (c: Ctx) => {
    const docId = await c.freshDoc();
    const res = await fetch(`${c.server.url}/api/documents/${docId}/comments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${c.server.owner.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ anchor: { kind: 'document' }, body: 'a thread' }),
    });
    return `/api/documents/${docId}/comments/${((await res.json()) as { id: string }).id}`;
  };
  const doc = (suffix: string) => async (c: Ctx) => `/api/documents/${await c.freshDoc()}${suffix}`;
  return [
    {
      method: 'GET',
      route: '/api/documents/:id/history',
      path: doc('/history'),
      expect: MEMBERS(200),
    },
    {
      method: 'POST',
      route: '/api/documents/:id/versions',
      path: doc('/versions'),
      body: () => ({ label: 'Draft for committee' }),
      expect: ONLY(EDITORS, 201),
    },
    {
      method: 'GET',
      route: '/api/documents/:id/versions/:vid',
      path: doc('/versions/seq:1'),
      expect: MEMBERS(200),
    },
    {
      method: 'GET',
      route: '/api/documents/:id/diff',
      path: doc('/diff?from=seq:0'),
      expect: MEMBERS(200),
    },
    {
      // The comparison as a Word redline: the diff's own readers.
      method: 'GET',
      route: '/api/documents/:id/compare.docx',
      path: doc('/compare.docx?from=seq:0'),
      expect: MEMBERS(200),
    },
    {
      method: 'GET',
      route: '/api/documents/:id/attribution',
      path: doc('/attribution'),
      expect: MEMBERS(200),
    },
    {
      method: 'POST',
      route: '/api/documents/:id/restore',
      // The body makes the document and its version; the path then names that document.
      body: async (c) => ({ versionId: await docWithVersion(c), reason: 'table test' }),
      path: () => `/api/documents/${pending}/restore`,
      expect: ONLY(EDITORS, 201),
    },
    {
      method: 'GET',
      route: '/api/documents/:id/signoffs',
      path: doc('/signoffs'),
      expect: MEMBERS(200),
    },
    {
      method: 'POST',
      route: '/api/documents/:id/signoffs',
      // Only the leaders pair signs: the table's school leader and an enterprise leader.
      body: async (c) => {
        const enterprise = await c.target('leader', 'enterprise');
        await c.server.accounts.setPair(ws(c), {
          kind: 'leaders',
          scope: 'group',
          schoolUserId: users.leader.id,
          enterpriseUserId: enterprise.id,
        });
        return { versionId: await docWithVersion(c), decision: 'approve', comment: 'ok' };
      },
      path: () => `/api/documents/${pending}/signoffs`,
      expect: ONLY(['leader'], 201),
    },
    {
      method: 'GET',
      route: '/api/documents/:id/signoffs/verify',
      path: doc('/signoffs/verify'),
      expect: MEMBERS(200),
    },
    {
      method: 'GET',
      route: '/api/documents/:id/comments',
      path: doc('/comments'),
      expect: MEMBERS(200),
    },
    {
      method: 'POST',
      route: '/api/documents/:id/comments',
      path: doc('/comments'),
      body: () => ({ anchor: { kind: 'document' }, body: 'Please check the hours' }),
      expect: ONLY(COMMENTERS, 201),
    },
    {
      method: 'POST',
      route: '/api/documents/:id/comments/:threadId/replies',
      path: async (c) => `${await freshThread(c)}/replies`,
      body: () => ({ body: 'Agreed' }),
      expect: ONLY(COMMENTERS, 201),
    },
    {
      method: 'POST',
      route: '/api/documents/:id/comments/:threadId/resolve',
      path: async (c) => `${await freshThread(c)}/resolve`,
      expect: ONLY(COMMENTERS, 204),
    },
    {
      method: 'POST',
      route: '/api/documents/:id/comments/:threadId/reopen',
      path: async (c) => `${await freshThread(c)}/reopen`,
      expect: ONLY(COMMENTERS, 204),
    },
  ];
}

/** Routes served by plugins rather than by us: Swagger UI's static files. */
const PLUGIN_ROUTES = /^\/api\/docs\/(static\/.*|\*|yaml|initOAuth|uiConfig)$|^\/api\/docs\/$/;

let server: TestServer;
let users: Record<Exclude<Caller, 'anonymous'>, TestUser>;
let ctx: Ctx;

beforeAll(async () => {
  server = await startServer();
  const other = await server.accounts.createWorkspace('Another workspace');
  const entries = await Promise.all(
    ROLES.map(async (r) => [r, r === 'owner' ? server.owner : await server.addUser(r)]),
  );
  users = {
    ...Object.fromEntries(entries),
    outsider: await server.addUser('owner', { workspaceId: other.id }),
  } as typeof users;
  ctx = {
    server,
    target: (role = 'editor', side = 'school') => server.addUser(role, { side }),
    freshDoc: () => createDocument(server),
    freshInvitation: async () => {
      const org = await server.accounts.createOrganisation('Test College', 'school');
      const { invitation, token } = await server.accounts.createInvitation({
        workspaceId: server.workspaceId,
        email: `fresh-${Math.random().toString(36).slice(2)}@test.local`,
        role: 'viewer',
        organisationId: org.id,
        createdBy: server.owner.id,
        expiresAt: Date.now() + 60_000,
      });
      return { id: invitation.id, token };
    },
    answeredInvitation: async () => {
      const { id } = await ctx.freshInvitation();
      const { token: proof } = await server.auth.credentials.createPendingSignup({
        invitationId: id,
        name: 'Answered',
        passwordHash: 'scrypt$unusable',
        expiresAt: Date.now() + 60_000,
      });
      return { id, proof };
    },
  };
});
afterAll(() => server.close());

async function tokenFor(caller: Caller): Promise<string | null> {
  if (caller === 'anonymous') return null;
  // A fresh token per call: logout revokes the one it is called with.
  return (await server.accounts.issueToken(users[caller].id, 60_000)).token;
}

describe('authorization table', () => {
  it('has a row for every route the server registers', () => {
    const covered = new Set(ROWS.map((r) => `${r.method} ${r.route}`));
    const missing = server.routes
      .filter((r) => r.method !== 'HEAD' && !PLUGIN_ROUTES.test(r.url))
      .filter((r) => !r.url.startsWith('/sync/'))
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !covered.has(r));
    expect(missing).toEqual([]);
  });

  for (const row of ROWS) {
    it(`${row.method} ${row.route}`, async () => {
      const outcomes: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const caller of CALLERS) {
        const token = await tokenFor(caller);
        const body = row.body ? await row.body(ctx) : undefined;
        const res = await fetch(`${server.url}${await row.path(ctx)}`, {
          method: row.method,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body !== undefined ? JSON.stringify(body) : null,
        });
        outcomes[caller] = res.status;
        expected[caller] = row.expect[caller] ?? row.expect.default;
        if (res.status >= 400) {
          const json = (await res.json()) as { code?: unknown; message?: unknown };
          expect(typeof json.code).toBe('string');
          expect(JSON.stringify(json)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }
});

describe('sync endpoint by role', () => {
  const closeCode = (path: string) =>
    new Promise<number>((resolve) =>
      new WebSocket(`${server.wsUrl}/${path}`).on('close', (code) => resolve(code)),
    );

  it('refuses anonymous callers with UNAUTHORIZED and outsiders exactly like a missing document', async () => {
    const docId = await createDocument(server);
    expect(await closeCode(docId)).toBe(CloseCode.UNAUTHORIZED);
    expect(await closeCode(`${docId}?token=not-a-token`)).toBe(CloseCode.UNAUTHORIZED);
    const outsider = await tokenFor('outsider');
    expect(await closeCode(`${docId}?token=${outsider}`)).toBe(CloseCode.DOC_NOT_FOUND);
    expect(await closeCode(`aaaaaaaaaaaaaaaa?token=${outsider}`)).toBe(CloseCode.DOC_NOT_FOUND);
  });

  for (const role of ROLES) {
    const writes = EDITORS.includes(role);
    it(`lets a ${role} ${writes ? 'edit' : 'read, not edit, and still share a cursor'}`, async () => {
      const docId = await createDocument(server);
      const token = (await tokenFor(role))!;
      const watcher = connectClient(server, docId);
      const member = connectClient(server, docId, new Y.Doc(), token);
      const denied: string[] = [];
      // y-websocket reports the server's permission-denied reason with console.warn.
      const origWarn = console.warn;
      console.warn = (...args: unknown[]) => denied.push(args.join(' '));
      try {
        await Promise.all([watcher.synced(), member.synced()]);
        member.provider.awareness.setLocalStateField('user', { name: role });
        member.text.insert(0, `typed by ${role}`);
        await eventually(() =>
          expect(watcher.provider.awareness.getStates().get(member.doc.clientID)).toBeTruthy(),
        );
        if (writes) {
          await eventually(() => expect(watcher.text.toString()).toBe(`typed by ${role}`));
        } else {
          await eventually(() => expect(denied.join()).toMatch(/read-only/));
          const stored = await server.store.readUpdates(docId, 1);
          expect(stored).toEqual([]);
          const fresh = connectClient(server, docId);
          await fresh.synced();
          expect(fresh.text.toString()).toBe('');
          fresh.destroy();
        }
      } finally {
        console.warn = origWarn;
        watcher.destroy();
        member.destroy();
      }
    });
  }
});
