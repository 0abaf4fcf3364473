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
    save: async (state) => {
      const snapshot = structuredClone(state);
      if (saves++ === 0) await new Promise((r) => setTimeout(r, 30));
      await inner.save(snapshot);
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
