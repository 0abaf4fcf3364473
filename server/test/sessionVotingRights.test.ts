import type { Role, Side } from '@tandem/domain';
import type { SessionState } from '@tandem/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer, type TestUser } from './harness';
import { connectRealtime, expectOk, type RealtimeClient } from './socketClient';

/** S5a (server/src/sessions/SPEC.md): voting rights are judged when the vote is cast. */

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

async function socketFor(user: TestUser, present: boolean): Promise<RealtimeClient> {
  const rt = await connectRealtime(server.url, user.token);
  clients.push(rt);
  if (present) expectOk(await rt.call('presence:join', { workspaceId: server.workspaceId }));
  return rt;
}

async function person(role: Role, side: Side, present = true): Promise<Person> {
  const user =
    role === 'owner' && side === 'school' ? server.owner : await server.addUser(role, { side });
  return { user, rt: await socketFor(user, present) };
}

describe('voting rights at the moment of the vote', () => {
  let chair: Person;
  let schoolCoordinator: Person;
  let enterpriseLeader: Person;
  let demoted: Person; // a coordinator on the committee, demoted to viewer mid-session
  let absent: Person; // a committee member who never joins the session
  let state: SessionState;
  let motionId: string;

  const vote = (p: Person) =>
    p.rt.call('session:vote', { sessionId: state.id, motionId, choice: 'for' });

  beforeAll(async () => {
    server = await startServer({ presence: { flushMs: 50 } });
    chair = await person('owner', 'school');
    schoolCoordinator = await person('coordinator', 'school');
    enterpriseLeader = await person('leader', 'enterprise');
    demoted = await person('coordinator', 'enterprise');
    absent = await person('coordinator', 'enterprise', false);
    state = expectOk(
      await chair.rt.call('session:schedule', {
        workspaceId: server.workspaceId,
        title: 'Committee',
        agenda: [{ title: 'Adopt the plan' }],
      }),
    );
    expect(state.votingMembers.map((m) => m.userId)).toContain(absent.user.id);
    state = expectOk(await chair.rt.call('session:start', { sessionId: state.id }));
    expect(state.attendance.map((a) => a.userId)).not.toContain(absent.user.id);
    const motion = expectOk(
      await chair.rt.call('session:motion', {
        sessionId: state.id,
        itemId: state.agenda[0]?.id ?? '',
        text: 'Adopt',
      }),
    );
    motionId = motion.id;
  });

  it('[S5a] a committee member who never joined the session cannot vote until they join', async () => {
    expect(await vote(absent)).toMatchObject({ ok: false, code: 'VOTE_NOT_PRESENT' });
    expect(
      await absent.rt.call('session:motion', {
        sessionId: state.id,
        itemId: state.agenda[0]?.id ?? '',
        text: 'From outside the room',
      }),
    ).toMatchObject({ ok: false, code: 'VOTE_NOT_PRESENT' });
    expectOk(await absent.rt.call('session:join', { sessionId: state.id }));
    expect(expectOk(await vote(absent)).votes.map((v) => v.voterId)).toContain(absent.user.id);
  });

  it('[S5a] a coordinator demoted to viewer after scheduling can no longer vote', async () => {
    const res = await fetch(
      `${server.url}/api/workspaces/${server.workspaceId}/members/${demoted.user.id}`,
      {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${server.owner.token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ role: 'viewer' }),
      },
    );
    expect(res.status).toBe(204);
    // A role change closes the person's sockets; they come back as a viewer.
    const again = await socketFor(demoted.user, true);
    expect(
      await again.call('session:vote', { sessionId: state.id, motionId, choice: 'for' }),
    ).toMatchObject({ ok: false, code: 'VOTE_NOT_VOTING_MEMBER' });
    // Those who still may vote still can; the refused vote left nothing behind.
    const counted = expectOk(await vote(enterpriseLeader));
    expect(counted.votes.map((v) => v.voterId).sort()).toEqual(
      [absent.user.id, enterpriseLeader.user.id].sort(),
    );
    const last = expectOk(await vote(schoolCoordinator));
    // The quorum is counted against the committee as it stands: the demoted member is out of it.
    const eligible = state.votingMembers.length - 1;
    expect(last.quorum.required).toBe(Math.ceil((eligible * 2) / 3 - 1e-9));
  });

  it('[S5a] a chair cannot name a viewer to the committee', async () => {
    const viewer = await server.addUser('viewer', { side: 'enterprise' });
    const refused = await chair.rt.call('session:schedule', {
      workspaceId: server.workspaceId,
      title: 'x',
      agenda: [{ title: 'x' }],
      votingMemberIds: [chair.user.id, viewer.id],
    });
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
