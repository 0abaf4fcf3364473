import type { Role, Side } from '@tandem/domain';
import type { SessionState } from '@tandem/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDocument } from '../src/documents';
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

/** Lexical keeps paragraphs as nested XmlText: flatten them to lines of plain text. */
function plainText(node: Y.XmlText): string {
  return (node.toDelta() as { insert: unknown }[])
    .map((d) =>
      typeof d.insert === 'string'
        ? d.insert
        : d.insert instanceof Y.XmlText
          ? `${plainText(d.insert)}\n`
          : '',
    )
    .join('');
}

let server: TestServer;
const clients: RealtimeClient[] = [];
afterAll(async () => {
  for (const c of clients) c.close();
  await server?.close();
});

interface Person {
  user: TestUser;
  rt: RealtimeClient;
}
async function person(role: Role, side: Side, join = true): Promise<Person> {
  const user =
    role === 'owner' && side === 'school' ? server.owner : await server.addUser(role, { side });
  const rt = await connectRealtime(server.url, user.token);
  clients.push(rt);
  if (join) expectOk(await rt.call('presence:join', { workspaceId: server.workspaceId }));
  return { user, rt };
}

describe('a committee session, scripted with real clients', () => {
  let chair: Person; // owner, school
  let schoolA: Person;
  let schoolB: Person;
  let enterpriseLeader: Person;
  let enterpriseA: Person;
  let enterpriseLate: Person; // a voting member who arrives after the start
  let editor: Person; // present but not on the committee
  let docId: string;
  let state: SessionState;

  beforeAll(async () => {
    server = await startServer({ presence: { flushMs: 50 } });
    chair = await person('owner', 'school');
    schoolA = await person('coordinator', 'school');
    schoolB = await person('coordinator', 'school');
    enterpriseLeader = await person('leader', 'enterprise');
    enterpriseA = await person('coordinator', 'enterprise');
    enterpriseLate = await person('coordinator', 'enterprise', false);
    editor = await person('editor', 'school');
    docId = await createDocument(server, 'Course standard: Live-stream e-commerce');
  });

  it('[S1] only a chair schedules; the agenda links documents of the workspace', async () => {
    const agenda = [
      { title: 'Adopt §2 hours', link: { documentId: docId, section: 's2' } },
      { title: 'Lab budget' },
    ];
    const refused = await editor.rt.call('session:schedule', {
      workspaceId: server.workspaceId,
      title: 'x',
      agenda,
    });
    expect(refused).toMatchObject({ ok: false, code: 'SESSION_NOT_CHAIR' });
    const badLink = await chair.rt.call('session:schedule', {
      workspaceId: server.workspaceId,
      title: 'x',
      agenda: [{ title: 'x', link: { documentId: 'nope' } }],
    });
    expect(badLink).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    state = expectOk(
      await chair.rt.call('session:schedule', {
        workspaceId: server.workspaceId,
        title: 'Curriculum committee, spring term',
        agenda,
      }),
    );
    expect(state.status).toBe('scheduled');
    // Default committee: owner, leaders and coordinators — six people, three per side.
    expect(state.votingMembers).toHaveLength(6);
    await eventually(() =>
      expect(editor.rt.received('session:state').some((s) => s.id === state.id)).toBe(true),
    );
  });

  it('[S2] start takes attendance from presence, by side; latecomers are added on join', async () => {
    expect(await editor.rt.call('session:start', { sessionId: state.id })).toMatchObject({
      ok: false,
      code: 'SESSION_NOT_CHAIR',
    });
    state = expectOk(await chair.rt.call('session:start', { sessionId: state.id }));
    expect(state.status).toBe('live');
    const bySide = (s: SessionState, side: Side) => s.attendance.filter((a) => a.side === side);
    expect(
      bySide(state, 'school')
        .map((a) => a.userId)
        .sort(),
    ).toEqual([chair, schoolA, schoolB, editor].map((p) => p.user.id).sort());
    expect(bySide(state, 'enterprise')).toHaveLength(2);
    for (const p of [chair, schoolA, schoolB, enterpriseLeader, enterpriseA, editor]) {
      expectOk(await p.rt.call('session:join', { sessionId: state.id }));
    }
    state = expectOk(await enterpriseLate.rt.call('session:join', { sessionId: state.id }));
    expect(bySide(state, 'enterprise')).toHaveLength(3);
  });

  it('[S3] the presenter takes the room; followers can leave and rejoin following', async () => {
    expectOk(await editor.rt.call('session:follow', { sessionId: state.id, following: true }));
    expect(
      await editor.rt.call('session:present', { sessionId: state.id, documentId: docId }),
    ).toMatchObject({ ok: false, code: 'SESSION_NOT_PRESENTER' });
    expectOk(
      await chair.rt.call('session:present', {
        sessionId: state.id,
        documentId: docId,
        section: 's2',
      }),
    );
    await eventually(() =>
      expect(editor.rt.received('session:follow').at(-1)).toMatchObject({
        documentId: docId,
        section: 's2',
      }),
    );
    expect(
      await editor.rt.call('session:presenter', { sessionId: state.id, userId: editor.user.id }),
    ).toMatchObject({ ok: false, code: 'SESSION_NOT_CHAIR' });
    expectOk(
      await chair.rt.call('session:presenter', {
        sessionId: state.id,
        userId: enterpriseLeader.user.id,
      }),
    );
    expectOk(await editor.rt.call('session:leave', { sessionId: state.id }));
    expectOk(
      await enterpriseLeader.rt.call('session:present', {
        sessionId: state.id,
        documentId: docId,
        section: 's3',
      }),
    );
    const back = expectOk(
      await editor.rt.call('session:follow', { sessionId: state.id, following: true }),
    );
    expect(back.follow).toEqual({ documentId: docId, section: 's3' });
    expect(back.followers).toBe(1);
  });

  it('[S4][S5][R15] motions, votes by side, refusals, a quorum failure and a success', async () => {
    const item = state.agenda[0]?.id ?? '';
    // An edit during the session, to appear in the minutes and get a session version.
    const yclient = connectClient(server, docId, new Y.Doc(), editor.user.token);
    await yclient.synced();
    yclient.text.insert(0, 'Practice hours: 64');
    await serverHas(server, docId, yclient.doc);
    yclient.destroy();

    expect(
      await editor.rt.call('session:motion', { sessionId: state.id, itemId: item, text: 'x' }),
    ).toMatchObject({ ok: false, code: 'VOTE_NOT_VOTING_MEMBER' });
    const motion = expectOk(
      await enterpriseLeader.rt.call('session:motion', {
        sessionId: state.id,
        itemId: item,
        text: 'Adopt 64 practice hours',
      }),
    );
    const vote = (p: Person, choice: 'for' | 'against' | 'abstain', voterId?: string) =>
      p.rt.call('session:vote', { sessionId: state.id, motionId: motion.id, choice, voterId });
    expectOk(await vote(chair, 'for'));
    expectOk(await vote(schoolA, 'for'));
    const schoolOnly = expectOk(await vote(schoolB, 'against'));
    // Three of six, all one side: no quorum (⅔ = 4, and one from each side).
    expect(schoolOnly.quorum).toEqual({
      quorum: false,
      voted: 3,
      required: 4,
      bySide: { school: 3, enterprise: 0 },
    });
    const decide = (outcome: 'approved' | 'approved-with-actions' | 'tabled', itemId = item) =>
      chair.rt.call('session:decide', {
        sessionId: state.id,
        itemId,
        outcome,
        actions:
          outcome === 'approved-with-actions'
            ? [{ text: 'Update the lab schedule', ownerId: enterpriseLeader.user.id }]
            : [],
      });
    expect(await decide('approved')).toMatchObject({ ok: false, code: 'SESSION_NO_QUORUM' });

    expect(await vote(editor, 'for')).toMatchObject({ ok: false, code: 'VOTE_NOT_VOTING_MEMBER' });
    expect(await vote(chair, 'against')).toMatchObject({ ok: false, code: 'VOTE_DUPLICATE' });
    expect(await vote(enterpriseA, 'for', chair.user.id)).toMatchObject({
      ok: false,
      code: 'VOTE_NOT_SELF',
    });
    expect(
      await editor.rt.call('session:decide', {
        sessionId: state.id,
        itemId: item,
        outcome: 'tabled',
      }),
    ).toMatchObject({ ok: false, code: 'SESSION_NOT_CHAIR' });
    const bad = await chair.rt.call('session:vote', {
      sessionId: state.id,
      motionId: motion.id,
      choice: 'maybe',
    } as never);
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });

    const quorate = expectOk(await vote(enterpriseLeader, 'for'));
    expect(quorate.quorum).toMatchObject({
      quorum: true,
      voted: 4,
      bySide: { school: 3, enterprise: 1 },
    });
    expect(quorate.tally).toEqual({ for: 3, against: 1, abstain: 0 });
    await eventually(() => {
      const seen = editor.rt.received('session:state').at(-1);
      expect(seen?.motions[0]?.quorum.quorum).toBe(true);
    });
    state = expectOk(await decide('approved-with-actions'));
    expect(state.agenda[0]?.outcome).toBe('approved-with-actions');
    state = expectOk(await decide('tabled', state.agenda[1]?.id));
    expect(state.agenda[1]?.outcome).toBe('tabled');
  });

  it('[S6] ending writes the minutes as a notes document and a session version', async () => {
    expect(await schoolA.rt.call('session:end', { sessionId: state.id })).toMatchObject({
      ok: false,
      code: 'SESSION_NOT_CHAIR',
    });
    expect(
      await chair.rt.call('session:end', { sessionId: state.id, timeZone: 'Mars/Olympus_Mons' }),
    ).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    // The chair works in Chinese: the minutes are written in Chinese, times in Beijing time.
    state = expectOk(
      await chair.rt.call('session:end', {
        sessionId: state.id,
        language: 'zh-CN',
        timeZone: 'Asia/Shanghai',
      }),
    );
    expect(state.status).toBe('ended');
    const minutesId = state.minutesDocumentId ?? '';
    const record = await server.store.getDocument(minutesId);
    expect(record).toMatchObject({ type: 'notes', workspaceId: server.workspaceId });
    const text = await readDocument(server, minutesId, (doc) =>
      plainText(doc.get('root', Y.XmlText)),
    );
    expect(text).toContain('会议纪要：Curriculum committee, spring term');
    expect(text).toMatch(/会议时间：.*GMT\+8/);
    expect(text).toMatch(/学校（4 人）：/);
    expect(text).toMatch(/企业（3 人）：/);
    expect(text).toContain('结果：附行动项通过');
    expect(text).toContain('结果：暂缓');
    expect(text).toContain(
      '赞成 3，反对 1，弃权 0；已投 4 票，需 4 票（学校 3，企业 1）；已达法定人数',
    );
    expect(text).toContain('Course standard: Live-stream e-commerce：editor');
    expect(text).toContain('Update the lab schedule——负责人：leader');
    expect(record?.title).toBe('会议纪要：Curriculum committee, spring term');
    const versions = await server.history.versions.list(docId);
    expect(versions.some((v) => v.kind === 'session')).toBe(true);
    const listed = expectOk(
      await editor.rt.call('session:list', { workspaceId: server.workspaceId }),
    );
    expect(listed.map((x) => [x.id, x.status])).toEqual([[state.id, 'ended']]);
    // Persisted: a fresh read from SQLite shows the ended session.
    expect(expectOk(await editor.rt.call('session:get', { sessionId: state.id })).status).toBe(
      'ended',
    );
    expect(
      await editor.rt.call('session:vote', { sessionId: state.id, motionId: 'x', choice: 'for' }),
    ).toMatchObject({ ok: false });
  });

  it('outsiders cannot see or act on a session', async () => {
    const other = await server.accounts.createWorkspace('Other');
    const outsider = await server.addUser('owner', { workspaceId: other.id });
    const rt = await connectRealtime(server.url, outsider.token);
    clients.push(rt);
    expect(await rt.call('session:get', { sessionId: state.id })).toMatchObject({
      ok: false,
      code: 'SESSION_NOT_FOUND',
    });
    expect(
      await rt.call('session:schedule', {
        workspaceId: server.workspaceId,
        title: 't',
        agenda: [{ title: 'a' }],
      }),
    ).toMatchObject({ ok: false, code: 'WORKSPACE_NOT_FOUND' });
  });
});
