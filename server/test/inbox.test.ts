import type { DocumentList, InboxNew, NotificationList } from '@tandem/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mail, Mailer } from '../src/auth/Mailer';
import {
  connectClient,
  createDocument,
  eventually,
  serverHas,
  startServer,
  type TestServer,
  type TestUser,
} from './harness';
import { connectRealtime, expectOk, type RealtimeClient } from './socketClient';

/**
 * The inbox (issue 11): mentions, awaited sign-offs, session invitations and actions reach the
 * person live over socket.io, in their list over HTTP, and by mail when mail is configured.
 */

const servers: TestServer[] = [];
const sockets: RealtimeClient[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  for (const s of servers) await s.close();
});

/** A mailer that keeps what it would send, as if SMTP were configured. */
function recordingMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return {
    enabled: true,
    sent,
    send: async (mail) => {
      sent.push(mail);
      return true;
    },
  };
}

async function world(options: { mailer?: Mailer } = {}) {
  const server = await startServer({
    presence: { flushMs: 50 },
    config: { publicUrl: 'https://tandem.example.edu' },
    ...options,
  });
  servers.push(server);
  const school = await server.addUser('leader', { side: 'school' });
  const enterprise = await server.addUser('leader', { side: 'enterprise' });
  await server.accounts.setPair(server.workspaceId, {
    kind: 'leaders',
    scope: 'group',
    schoolUserId: school.id,
    enterpriseUserId: enterprise.id,
  });
  return { server, school, enterprise };
}

async function live(server: TestServer, user: TestUser): Promise<RealtimeClient> {
  const rt = await connectRealtime(server.url, user.token);
  sockets.push(rt);
  return rt;
}

async function call<T>(
  server: TestServer,
  user: TestUser,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${user.token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : null,
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
}

const inbox = async (server: TestServer, user: TestUser, query = '') => {
  const res = await call<NotificationList>(server, user, 'GET', `/api/notifications${query}`);
  expect(res.status).toBe(200);
  return res.json;
};

const comment = (server: TestServer, user: TestUser, docId: string, body: string) =>
  call<{ id: string }>(server, user, 'POST', `/api/documents/${docId}/comments`, {
    anchor: { kind: 'document' },
    body,
  });

async function version(server: TestServer, user: TestUser, docId: string, label: string) {
  const res = await call<{ id: string }>(server, user, 'POST', `/api/documents/${docId}/versions`, {
    label,
  });
  expect(res.status).toBe(201);
  return res.json.id;
}

const signoff = (
  server: TestServer,
  user: TestUser,
  docId: string,
  versionId: string,
  decision: 'approve' | 'request-changes',
) => call(server, user, 'POST', `/api/documents/${docId}/signoffs`, { versionId, decision });

async function statusOf(server: TestServer, user: TestUser, docId: string) {
  const list = await call<DocumentList>(server, user, 'GET', '/api/documents');
  return list.json.documents.find((d) => d.id === docId)?.status;
}

describe('mentions', () => {
  it('[N1] [N6] an @mention tells each mentioned member live, not the author, not a non-member', async () => {
    const { server, school, enterprise } = await world();
    const viewer = await server.addUser('viewer', { side: 'enterprise' });
    const outsider = await server.addUser('leader', {
      workspaceId: (await server.accounts.createWorkspace('Elsewhere')).id,
    });
    const docId = await createDocument(server, 'Course standard: Live-stream selling');
    const enterpriseRt = await live(server, enterprise);
    const schoolRt = await live(server, school);
    const outsiderRt = await live(server, outsider);

    const body = `@${enterprise.name} @${viewer.name} @${school.name} @${outsider.name} please check §5 hours`;
    const created = await comment(server, school, docId, body);
    expect(created.status).toBe(201);

    await eventually(() => expect(enterpriseRt.received('inbox:new')).toHaveLength(1));
    const [event] = enterpriseRt.received('inbox:new') as InboxNew[];
    expect(event?.unread).toBe(1);
    expect(event?.notification).toMatchObject({
      kind: 'mention',
      workspaceId: server.workspaceId,
      documentId: docId,
      actor: { id: school.id, name: school.name, side: 'school' },
      payload: { title: 'Course standard: Live-stream selling', threadId: created.json.id },
      readAt: null,
    });
    expect(event?.notification.payload.excerpt).toContain('please check §5 hours');
    // A viewer reads documents, so is told too; the author and the outsider are not.
    expect((await inbox(server, viewer)).notifications.map((n) => n.kind)).toEqual(['mention']);
    expect((await inbox(server, school)).notifications).toEqual([]);
    expect((await inbox(server, outsider)).notifications).toEqual([]);
    expect(schoolRt.received('inbox:new')).toEqual([]);
    expect(outsiderRt.received('inbox:new')).toEqual([]);

    // A reply that mentions them again is one more.
    const reply = await call(
      server,
      school,
      'POST',
      `/api/documents/${docId}/comments/${created.json.id}/replies`,
      { body: `@${enterprise.name} and the assessment weights` },
    );
    expect(reply.status).toBe(201);
    await eventually(() => expect(enterpriseRt.received('inbox:new')).toHaveLength(2));
    expect((await inbox(server, enterprise)).unread).toBe(2);
  });
});

describe('sign-off requests', () => {
  it('[N2] [N3] [N10] one leader’s approval asks the other; it is done, and the list says so, once they sign', async () => {
    const { server, school, enterprise } = await world();
    const docId = await createDocument(server, 'Talent plan 2026');
    const enterpriseRt = await live(server, enterprise);
    const v = await version(server, school, docId, 'For the committee');
    expect(await statusOf(server, enterprise, docId)).toMatchObject({ state: 'draft' });

    expect((await signoff(server, school, docId, v, 'approve')).status).toBe(201);
    await eventually(() => expect(enterpriseRt.received('inbox:new')).toHaveLength(1));
    const asked = (enterpriseRt.received('inbox:new') as InboxNew[])[0]?.notification;
    expect(asked).toMatchObject({
      kind: 'signoff-requested',
      documentId: docId,
      actor: { id: school.id },
      payload: { title: 'Talent plan 2026', versionId: v, versionLabel: 'For the committee' },
      doneAt: null,
    });
    // The document list shows whose sign-off it awaits.
    expect(await statusOf(server, enterprise, docId)).toEqual({
      state: 'awaiting-signoff',
      awaitingYou: true,
      pendingVersionId: v,
      adoptedAt: null,
    });
    expect(await statusOf(server, school, docId)).toMatchObject({
      state: 'awaiting-signoff',
      awaitingYou: false,
    });
    // Approving the same version again asks nobody twice.
    await signoff(server, school, docId, v, 'approve');
    expect((await inbox(server, enterprise)).notifications).toHaveLength(1);

    expect((await signoff(server, enterprise, docId, v, 'approve')).status).toBe(201);
    await eventually(() =>
      expect(enterpriseRt.received('inbox:unread').at(-1)).toEqual({ unread: 0 }),
    );
    const [done] = (await inbox(server, enterprise)).notifications;
    expect(done?.doneAt).toEqual(expect.any(String));
    expect(done?.readAt).toEqual(expect.any(String));
    expect(await statusOf(server, enterprise, docId)).toMatchObject({
      state: 'adopted',
      awaitingYou: false,
      adoptedAt: expect.any(String),
    });
    // The one who signed second asked nobody: the version is adopted.
    expect((await inbox(server, school)).notifications).toEqual([]);
  });

  it('[N3] [N10] the list says a document changed since adoption, and a request for changes is not awaiting', async () => {
    const { server, school, enterprise } = await world();
    const docId = await createDocument(server, 'Course standard');
    const v1 = await version(server, school, docId, 'v1');
    await signoff(server, school, docId, v1, 'approve');
    await signoff(server, enterprise, docId, v1, 'approve');
    expect(await statusOf(server, school, docId)).toMatchObject({ state: 'adopted' });
    // Another version of an edited document.
    const client = connectClient(server, docId, undefined, school.token);
    await client.synced();
    client.text.insert(0, 'Practice hours: 64.');
    await serverHas(server, docId, client.doc);
    client.destroy();
    expect(await statusOf(server, school, docId)).toMatchObject({
      state: 'changed-since-adoption',
    });
    const v2 = await version(server, enterprise, docId, 'v2');
    await signoff(server, enterprise, docId, v2, 'approve');
    expect(await statusOf(server, school, docId)).toMatchObject({
      state: 'awaiting-signoff',
      awaitingYou: true,
      pendingVersionId: v2,
    });
    await signoff(server, school, docId, v2, 'request-changes');
    expect(await statusOf(server, school, docId)).toMatchObject({
      state: 'changed-since-adoption',
      awaitingYou: false,
    });
    // Asking for changes answers the request too.
    const [request] = (await inbox(server, school)).notifications;
    expect(request).toMatchObject({ kind: 'signoff-requested', doneAt: expect.any(String) });
  });
});

describe('committee sessions', () => {
  it('[N4] [N5] scheduling tells the committee; an action tells its owner', async () => {
    const { server, school, enterprise } = await world();
    const coordinator = await server.addUser('coordinator', { side: 'school' });
    const editor = await server.addUser('editor', { side: 'enterprise' });
    const docId = await createDocument(server, 'Course standard: Store operations');
    const people = new Map<TestUser, RealtimeClient>();
    for (const u of [school, enterprise, coordinator, editor]) people.set(u, await live(server, u));
    const rt = (u: TestUser) => people.get(u) as RealtimeClient;
    for (const u of [school, enterprise]) {
      expectOk(await rt(u).call('presence:join', { workspaceId: server.workspaceId }));
    }

    const session = expectOk(
      await rt(school).call('session:schedule', {
        workspaceId: server.workspaceId,
        title: 'Spring committee',
        scheduledFor: Date.UTC(2026, 2, 12, 6),
        votingMemberIds: [school.id, enterprise.id, coordinator.id],
        agenda: [{ title: 'Adopt §2 hours', link: { documentId: docId } }],
      }),
    );
    for (const u of [enterprise, coordinator]) {
      await eventually(() => expect(rt(u).received('inbox:new')).toHaveLength(1));
      expect((rt(u).received('inbox:new') as InboxNew[])[0]?.notification).toMatchObject({
        kind: 'session-invited',
        sessionId: session.id,
        actor: { id: school.id },
        payload: { title: 'Spring committee', scheduledFor: Date.UTC(2026, 2, 12, 6) },
      });
    }
    // The chair scheduled it; the editor is not on the committee.
    expect((await inbox(server, school)).notifications).toEqual([]);
    expect((await inbox(server, editor)).notifications).toEqual([]);

    expectOk(await rt(school).call('session:start', { sessionId: session.id }));
    expectOk(await rt(coordinator).call('session:join', { sessionId: session.id }));
    const itemId = session.agenda[0]?.id ?? '';
    const motion = expectOk(
      await rt(enterprise).call('session:motion', {
        sessionId: session.id,
        itemId,
        text: 'Adopt 64 practice hours',
      }),
    );
    for (const u of [school, enterprise, coordinator]) {
      expectOk(
        await rt(u).call('session:vote', {
          sessionId: session.id,
          motionId: motion.id,
          choice: 'for',
        }),
      );
    }
    expectOk(
      await rt(school).call('session:decide', {
        sessionId: session.id,
        itemId,
        outcome: 'approved-with-actions',
        actions: [
          { text: 'Update the lab schedule', ownerId: editor.id },
          { text: 'Circulate the minutes', ownerId: school.id },
        ],
      }),
    );
    await eventually(() => expect(rt(editor).received('inbox:new')).toHaveLength(1));
    expect((rt(editor).received('inbox:new') as InboxNew[])[0]?.notification).toMatchObject({
      kind: 'action-assigned',
      sessionId: session.id,
      documentId: docId,
      actor: { id: school.id },
      payload: {
        title: 'Spring committee',
        excerpt: 'Update the lab schedule',
        itemTitle: 'Adopt §2 hours',
      },
    });
    // The chair gave themself the other action: nobody needs telling.
    expect((await inbox(server, school)).notifications).toEqual([]);
  });
});

describe('the inbox endpoints', () => {
  async function filled(n: number) {
    const w = await world();
    const docId = await createDocument(w.server, 'Notes');
    for (let i = 0; i < n; i++) {
      expect((await comment(w.server, w.school, docId, `@${w.enterprise.name} #${i}`)).status).toBe(
        201,
      );
    }
    return { ...w, docId };
  }

  it('[N6] [N9] lists newest first a page at a time, counts unread, marks one and all read', async () => {
    const { server, enterprise } = await filled(5);
    const rt = await live(server, enterprise);
    const first = await inbox(server, enterprise, '?limit=2');
    expect(first.unread).toBe(5);
    expect(first.notifications.map((n) => n.payload.excerpt)).toEqual([
      expect.stringContaining('#4'),
      expect.stringContaining('#3'),
    ]);
    const rest = await inbox(server, enterprise, `?limit=3&before=${first.nextBefore}`);
    expect(rest.notifications.map((n) => n.payload.excerpt?.slice(-2))).toEqual(['#2', '#1', '#0']);
    // Exactly the rest: no next page to ask for.
    expect(rest.nextBefore).toBeNull();

    const id = first.notifications[0]?.id;
    const read = await call(server, enterprise, 'POST', `/api/notifications/${id}/read`);
    expect(read.status).toBe(204);
    await eventually(() => expect(rt.received('inbox:unread').at(-1)).toEqual({ unread: 4 }));
    const unread = await call<{ unread: number }>(
      server,
      enterprise,
      'GET',
      '/api/notifications/unread',
    );
    expect(unread.json).toEqual({ unread: 4 });
    expect((await call(server, enterprise, 'POST', '/api/notifications/read-all')).status).toBe(
      204,
    );
    await eventually(() => expect(rt.received('inbox:unread').at(-1)).toEqual({ unread: 0 }));
    expect((await inbox(server, enterprise)).notifications.every((n) => n.readAt)).toBe(true);
  });

  it('[N8] never reaches someone else’s notifications', async () => {
    const { server, school, enterprise } = await filled(1);
    const [theirs] = (await inbox(server, enterprise)).notifications;
    const res = await call<{ code: string }>(
      server,
      school,
      'POST',
      `/api/notifications/${theirs?.id}/read`,
    );
    expect(res).toEqual({ status: 404, json: expect.objectContaining({ code: 'NOT_FOUND' }) });
    expect((await inbox(server, enterprise)).unread).toBe(1);
    expect((await inbox(server, school, `?before=${theirs?.id}`)).notifications).toEqual([]);
  });

  it('[N7] mails the notification with a link on the public address when mail is configured', async () => {
    const mailer = recordingMailer();
    const { server, school, enterprise } = await world({ mailer });
    const docId = await createDocument(server, 'Course standard: Data analysis');
    const created = await comment(server, school, docId, `@${enterprise.name} see §4`);
    await eventually(() =>
      expect(mailer.sent.filter((m) => m.to === enterprise.email)).toHaveLength(1),
    );
    const [mail] = mailer.sent.filter((m) => m.to === enterprise.email);
    expect(mail?.subject).toBe(
      `Tandem: ${school.name} mentioned you in “Course standard: Data analysis”`,
    );
    expect(mail?.text).toContain(`https://tandem.example.edu/d/${docId}?thread=${created.json.id}`);
    expect(mail?.text).toContain('提到了您');
    expect(mailer.sent.some((m) => m.to === school.email)).toBe(false);
  });
});
