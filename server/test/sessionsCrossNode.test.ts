import type { Role, Side } from '@tandem/domain';
import type { SessionState } from '@tandem/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { connectRedis } from '../src/connectRedis';
import { createLogger } from '../src/logger';
import { eventually, startServer, type TestServer, type TestUser } from './harness';
import { connectRealtime, expectOk, type RealtimeClient } from './socketClient';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) {
  process.stderr.write(
    '\n[sessionsCrossNode.test] REDIS_URL is not set: skipping two-node session tests\n\n',
  );
}
const log = createLogger('silent', false);

let cleanups: (() => Promise<void>)[] = [];
let clients: RealtimeClient[] = [];
afterEach(async () => {
  for (const c of clients) c.close();
  clients = [];
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

interface Backend {
  name: string;
  /** Two nodes on one Redis and one session store. */
  start(): Promise<{ a: TestServer; b: TestServer }>;
}

const redis = () => connectRedis(REDIS_URL ?? '', log);

const backends: Backend[] = [
  {
    name: 'PostgreSQL, a pool per node',
    async start() {
      const a = await startServer({ postgres: true, redis: redis() });
      cleanups.push(() => a.close());
      // The same data dir is the same schema: node B opens its own pool on A's database.
      const b = await startServer({ postgres: true, dataDir: a.dataDir, redis: redis() });
      cleanups.push(() => b.close());
      return { a, b };
    },
  },
  {
    name: 'one SQLite account store shared in process',
    async start() {
      const a = await startServer({ redis: redis() });
      cleanups.push(() => a.close());
      const b = await startServer({ redis: redis(), accounts: a.accounts });
      cleanups.push(() => b.close());
      return { a, b };
    },
  },
];

interface Person {
  user: TestUser;
  rt: RealtimeClient;
}

/** A committee of four: the chair on node A, a member beside them, two members on node B. */
async function committee(backend: Backend) {
  const { a, b } = await backend.start();
  const on = async (node: TestServer, user: TestUser): Promise<Person> => {
    const rt = await connectRealtime(node.url, user.token);
    clients.push(rt);
    expectOk(await rt.call('presence:join', { workspaceId: a.workspaceId }));
    return { user, rt };
  };
  const member = (role: Role, side: Side) => a.addUser(role, { side });
  const chair = await on(a, a.owner);
  const schoolA = await on(a, await member('coordinator', 'school'));
  const schoolB = await on(b, await member('coordinator', 'school'));
  const enterpriseB = await on(b, await member('leader', 'enterprise'));
  const everyone = [chair, schoolA, schoolB, enterpriseB];
  // Node A takes attendance from presence: it must see the people on B.
  await eventually(async () => {
    const seen = (await a.realtime.presence.list(a.workspaceId)).map((e) => e.userId);
    expect(seen).toEqual(expect.arrayContaining(everyone.map((p) => p.user.id)));
  });
  const state = expectOk(
    await chair.rt.call('session:schedule', {
      workspaceId: a.workspaceId,
      title: 'Curriculum committee',
      agenda: [{ title: 'Adopt the hours' }, { title: 'Lab budget' }],
      votingMemberIds: everyone.map((p) => p.user.id),
    }),
  );
  expectOk(await chair.rt.call('session:start', { sessionId: state.id }));
  for (const p of everyone) expectOk(await p.rt.call('session:join', { sessionId: state.id }));
  return { a, b, chair, schoolA, schoolB, enterpriseB, everyone, sessionId: state.id };
}

/** A motion on the first agenda item. */
const move = async (p: Person, sessionId: string, text: string) =>
  expectOk(await p.rt.call('session:motion', { sessionId, itemId: `${sessionId}-1`, text }));

/** The newest state a client heard (nodes' broadcasts may cross on the way). */
const newest = (p: Person, sessionId: string): SessionState | undefined =>
  p.rt
    .received('session:state')
    .filter((s) => s.id === sessionId)
    .reduce<SessionState | undefined>((n, s) => (n && n.revision >= s.revision ? n : s), undefined);

/** The stored state as each node serves it. */
async function onBothNodes(onA: Person, onB: Person, sessionId: string) {
  const fromA = expectOk(await onA.rt.call('session:get', { sessionId }));
  const fromB = expectOk(await onB.rt.call('session:get', { sessionId }));
  return { fromA, fromB };
}

for (const backend of backends) {
  describe.skipIf(!REDIS_URL)(`committee sessions on two nodes (${backend.name})`, () => {
    it('[S2][S4] started on A, attended and voted on B: tally and quorum agree on both nodes', async () => {
      const { chair, schoolA, schoolB, enterpriseB, everyone, sessionId } =
        await committee(backend);
      const { fromA: started } = await onBothNodes(chair, schoolB, sessionId);
      expect(started.attendance.map((x) => x.userId).sort()).toEqual(
        everyone.map((p) => p.user.id).sort(),
      );
      // A motion moved on B, voted on by both nodes' members.
      const motion = await move(schoolB, sessionId, 'Adopt 64 hours');
      for (const [p, choice] of [
        [chair, 'for'],
        [schoolB, 'for'],
        [enterpriseB, 'for'],
        [schoolA, 'against'],
      ] as const) {
        expectOk(await p.rt.call('session:vote', { sessionId, motionId: motion.id, choice }));
      }
      const { fromA, fromB } = await onBothNodes(chair, enterpriseB, sessionId);
      expect(fromB).toEqual(fromA);
      expect(fromA.motions[0]?.tally).toEqual({ for: 3, against: 1, abstain: 0 });
      expect(fromA.motions[0]?.quorum).toMatchObject({ quorum: true, voted: 4 });
      // Every client, on either node, heard the final count.
      for (const p of everyone) {
        await eventually(() =>
          expect(newest(p, sessionId)?.motions[0]?.tally).toEqual({
            for: 3,
            against: 1,
            abstain: 0,
          }),
        );
      }
      // With quorum on B's motion, the chair approves on A.
      const approved = expectOk(
        await chair.rt.call('session:decide', {
          sessionId,
          itemId: `${sessionId}-1`,
          outcome: 'approved',
        }),
      );
      expect(approved.agenda[0]?.outcome).toBe('approved');
    });

    it('[S7] the chair decides on A; a late vote on B is refused and nothing is lost', async () => {
      const { chair, schoolB, enterpriseB, sessionId } = await committee(backend);
      // Moved on B and voted on B, so node B has served the open motion before the decision.
      const motion = await move(schoolB, sessionId, 'Table it');
      const ref = { sessionId, motionId: motion.id };
      expectOk(await schoolB.rt.call('session:vote', { ...ref, choice: 'for' }));
      const decided = expectOk(
        await chair.rt.call('session:decide', {
          sessionId,
          itemId: `${sessionId}-1`,
          outcome: 'tabled',
        }),
      );
      expect(decided.agenda[0]?.outcome).toBe('tabled');
      const late = await enterpriseB.rt.call('session:vote', { ...ref, choice: 'against' });
      expect(late).toMatchObject({ ok: false, code: 'SESSION_BAD_STATE' });
      const { fromA, fromB } = await onBothNodes(chair, enterpriseB, sessionId);
      expect(fromB).toEqual(fromA);
      expect(fromA.agenda[0]?.outcome).toBe('tabled');
      // B's motion and vote survived the chair's change on A; the late vote is not there.
      expect(fromA.motions.map((m) => m.id)).toEqual([motion.id]);
      expect(fromA.motions[0]?.votes.map((v) => v.voterId)).toEqual([schoolB.user.id]);
    });

    it('[S4][S7] votes cast at once on both nodes are all counted, each once', async () => {
      const { a, chair, schoolA, schoolB, enterpriseB, everyone, sessionId } =
        await committee(backend);
      // B's member also has a tab open on node A.
      const schoolBOnA = await connectRealtime(a.url, schoolB.user.token);
      clients.push(schoolBOnA);
      const motion = await move(chair, sessionId, 'Adopt 64 hours');
      const ref = { sessionId, motionId: motion.id };
      const acks = await Promise.all([
        chair.rt.call('session:vote', { ...ref, choice: 'for' }),
        schoolA.rt.call('session:vote', { ...ref, choice: 'abstain' }),
        schoolB.rt.call('session:vote', { ...ref, choice: 'for' }),
        enterpriseB.rt.call('session:vote', { ...ref, choice: 'against' }),
        // The same person voting from their tab on A at the same moment: one of the two counts.
        schoolBOnA.call('session:vote', { ...ref, choice: 'against' }),
      ]);
      expect(acks.filter((r) => r.ok)).toHaveLength(4);
      expect(acks.find((r) => !r.ok)).toMatchObject({ code: 'VOTE_DUPLICATE' });
      const { fromA, fromB } = await onBothNodes(chair, enterpriseB, sessionId);
      expect(fromB).toEqual(fromA);
      expect(fromA.motions[0]?.votes.map((v) => v.voterId).sort()).toEqual(
        everyone.map((p) => p.user.id).sort(),
      );
      // Whichever of the person's two votes won is the one counted.
      const schoolBChose = acks[2]?.ok ? 'for' : 'against';
      const schoolBVote = fromA.motions[0]?.votes.find((v) => v.voterId === schoolB.user.id);
      expect(schoolBVote?.choice).toBe(schoolBChose);
      expect(fromA.motions[0]?.tally).toEqual(
        schoolBChose === 'for'
          ? { for: 2, against: 1, abstain: 1 }
          : { for: 1, against: 2, abstain: 1 },
      );
      expect(fromA.motions[0]?.quorum).toMatchObject({ quorum: true, voted: 4 });
      for (const p of everyone) {
        await eventually(() => expect(newest(p, sessionId)?.motions[0]?.votes).toHaveLength(4));
      }
    });

    it('[S3][S8] the presenter on A moves followers on B, and followers on both nodes are counted', async () => {
      const { chair, schoolA, schoolB, sessionId } = await committee(backend);
      expectOk(await schoolB.rt.call('session:follow', { sessionId, following: true }));
      const followed = expectOk(
        await schoolA.rt.call('session:follow', { sessionId, following: true }),
      );
      expect(followed.followers).toBe(2);
      const docId = 'd-plan';
      const presented = expectOk(
        await chair.rt.call('session:present', { sessionId, documentId: docId, section: 's2' }),
      );
      expect(presented.followers).toBe(2);
      for (const p of [schoolA, schoolB]) {
        await eventually(() =>
          expect(p.rt.received('session:follow').at(-1)).toEqual({
            sessionId,
            documentId: docId,
            section: 's2',
          }),
        );
      }
      // A follower on B leaving (closing the tab) is no longer counted on A.
      schoolB.rt.close();
      await eventually(async () => {
        const now = expectOk(await chair.rt.call('session:get', { sessionId }));
        expect(now.followers).toBe(1);
      });
    });
  });
}
