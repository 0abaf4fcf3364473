import type { SessionState } from '@tandem/protocol';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import {
  MemoryAccountStore,
  MemoryDocumentStore,
  MemorySessionStore,
  type SessionStore,
} from '../persistence';
import { SessionService } from './SessionService';

/**
 * A session store that takes its parameters when called, as a network driver does, and
 * answers the first save late: without one change at a time, a newer save would reach the
 * store first and the older one would overwrite it.
 */
function firstSaveLate(inner: SessionStore): SessionStore {
  let saves = 0;
  return {
    create: (state) => inner.create(state),
    get: (id) => inner.get(id),
    list: (workspaceId) => inner.list(workspaceId),
    addVote: (vote) => inner.addVote(vote),
    save: async (state, expectedRevision) => {
      const snapshot = structuredClone(state);
      if (saves++ === 0) await new Promise((r) => setTimeout(r, 30));
      return inner.save(snapshot, expectedRevision);
    },
  };
}

async function world() {
  const accounts = new MemoryAccountStore();
  const college = await accounts.createOrganisation('College', 'school');
  const firm = await accounts.createOrganisation('Firm', 'enterprise');
  const { id: workspaceId } = await accounts.createWorkspace('Group');
  const member = async (name: string, organisationId: string) => {
    const user = await accounts.createUser({
      email: `${name}@example.edu`,
      name,
      passwordHash: 'x',
      organisationId,
    });
    await accounts.setMember(workspaceId, user.id, 'leader');
    return user.id;
  };
  const chair = await member('chair', college.id);
  const school = await member('school', college.id);
  const enterprise = await member('enterprise', firm.id);
  const stored = new MemorySessionStore();
  const service = (store: SessionStore) =>
    new SessionService({
      store,
      documents: new MemoryDocumentStore(),
      accounts,
      presence: { list: async () => [] },
      log: createLogger('silent', false),
    });
  return { workspaceId, chair, school, enterprise, stored, service };
}

describe('SessionService', () => {
  it('[S7] two people joining at once are both present after a restart', async () => {
    const { workspaceId, chair, school, enterprise, stored, service } = await world();
    const sessions = service(stored);
    const { id } = await sessions.schedule(chair, {
      workspaceId,
      title: 'Committee',
      agenda: [{ title: 'Hours' }],
    });
    await sessions.start(chair, id);
    const late = service(firstSaveLate(stored));
    await Promise.all([late.join(school, id), late.join(enterprise, id)]);
    const restarted: SessionState = await service(stored).get(chair, id);
    expect(restarted.attendance.map((a) => a.userId)).toEqual([school, enterprise]);
  });
});

/** Two nodes: two services, each with its own queue, on one store. */
async function twoNodes() {
  const w = await world();
  const a = w.service(w.stored);
  const b = w.service(w.stored);
  const { id } = await a.schedule(w.chair, {
    workspaceId: w.workspaceId,
    title: 'Committee',
    agenda: [{ title: 'Hours' }, { title: 'Budget' }],
  });
  await a.start(w.chair, id);
  for (const who of [w.chair, w.school, w.enterprise]) await b.join(who, id);
  return { ...w, a, b, id };
}

describe('SessionService on two nodes sharing one store', () => {
  it('[S7] a vote on one node after the chair decided the item on the other is refused', async () => {
    const { a, b, id, chair, school, enterprise } = await twoNodes();
    // Node B has served the open motion (moved and voted on it) before the chair decides on A.
    const { motion } = await b.motion(school, id, `${id}-1`, 'Adopt');
    await b.vote(school, { sessionId: id, motionId: motion.id, choice: 'for' });
    await a.decide(chair, { sessionId: id, itemId: `${id}-1`, outcome: 'tabled', actions: [] });
    await expect(
      b.vote(enterprise, { sessionId: id, motionId: motion.id, choice: 'for' }),
    ).rejects.toMatchObject({ code: 'SESSION_BAD_STATE' });
    const stored = await b.get(chair, id);
    expect(stored.agenda[0]?.outcome).toBe('tabled');
    expect(stored.motions[0]?.votes.map((v) => v.voterId)).toEqual([school]);
  });

  it('[S7] votes cast at once on both nodes are all counted, each once', async () => {
    const { a, b, id, chair, school, enterprise, stored } = await twoNodes();
    const { motion } = await a.motion(chair, id, `${id}-1`, 'Adopt');
    const ref = { sessionId: id, motionId: motion.id, choice: 'for' as const };
    await Promise.all([
      a.vote(chair, ref),
      b.vote(school, ref),
      b.vote(enterprise, { ...ref, choice: 'against' }),
    ]);
    const state = await stored.get(id);
    const votes = state?.motions[0]?.votes ?? [];
    expect(votes.map((v) => v.voterId).sort()).toEqual([chair, school, enterprise].sort());
    expect(state?.motions[0]?.tally).toEqual({ for: 2, against: 1, abstain: 0 });
    // The same person voting on both nodes at once: one vote counts, the other is refused.
    const { motion: second } = await a.motion(chair, id, `${id}-2`, 'Fund');
    const twice = await Promise.allSettled([
      a.vote(school, { ...ref, motionId: second.id }),
      b.vote(school, { ...ref, motionId: second.id, choice: 'against' }),
    ]);
    expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(twice.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'VOTE_DUPLICATE' },
    });
    expect((await stored.get(id))?.motions[1]?.votes).toHaveLength(1);
  });

  it('[S6][S7] the chair ending on both nodes at once writes one set of minutes; no vote lands after', async () => {
    const { a, b, id, chair, school } = await twoNodes();
    const { motion } = await b.motion(school, id, `${id}-1`, 'Adopt');
    const ends = await Promise.allSettled([a.end(chair, id), b.end(chair, id)]);
    expect(ends.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(ends.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'SESSION_BAD_STATE' },
    });
    const ended = await a.get(chair, id);
    expect(ended).toMatchObject({ status: 'ended', follow: null });
    expect(ended.minutesDocumentId).toEqual(expect.any(String));
    await expect(
      b.vote(school, { sessionId: id, motionId: motion.id, choice: 'for' }),
    ).rejects.toMatchObject({ code: 'SESSION_BAD_STATE' });
  });
});
