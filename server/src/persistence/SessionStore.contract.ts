import type { SessionState } from '@tandem/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors';
import type { Stores } from './openStores';
import type { NewVote, SessionStore } from './SessionStore';

/** Committee sessions, every driver. */
export function describeSessionStoreContract(name: string, open: () => Stores): void {
  describe(`SessionStore contract: ${name}`, () => {
    let stores: Stores;
    let sessions: SessionStore;
    let workspaceId: string;
    let otherWorkspaceId: string;
    const session = (id: string, ws = workspaceId): SessionState => ({
      id,
      workspaceId: ws,
      title: `Session ${id}`,
      status: 'scheduled',
      scheduledFor: null,
      chairId: 'u1',
      presenterId: 'u1',
      votingMembers: [{ userId: 'u1', name: 'Ann', side: 'school' }],
      agenda: [{ id: `${id}-1`, title: 'Item', actions: [] }],
      attendance: [],
      follow: null,
      followers: 3,
      motions: [],
      startedAt: null,
      endedAt: null,
      minutesDocumentId: null,
      revision: 0,
    });

    const vote: NewVote = {
      sessionId: 's1',
      motionId: 'm1',
      voterId: 'u1',
      side: 'school',
      choice: 'for',
    };

    beforeEach(async () => {
      stores = open();
      sessions = stores.accounts.sideStores().sessions;
      workspaceId = (await stores.accounts.createWorkspace('A')).id;
      otherWorkspaceId = (await stores.accounts.createWorkspace('B')).id;
    });
    afterEach(async () => {
      await stores.documents.close();
    });

    it('keeps a session whole and lists a workspace’s oldest first', async () => {
      const first = session('s1');
      await sessions.create(first);
      await sessions.create(session('s2'));
      await sessions.create(session('s3', otherWorkspaceId));
      expect(await sessions.get('s1')).toEqual(first);
      expect(await sessions.get('nope')).toBeNull();
      expect((await sessions.list(workspaceId)).map((s) => s.id)).toEqual(['s1', 's2']);
      expect((await sessions.list(otherWorkspaceId)).map((s) => s.id)).toEqual(['s3']);
      await expect(sessions.create(session('s1'))).rejects.toThrow(StoreError);
    });

    it('saves a new state without its live follower count; what it hands out is a copy', async () => {
      await sessions.create(session('s1'));
      const live = {
        ...session('s1'),
        status: 'live' as const,
        startedAt: 5,
        followers: 7,
        revision: 1,
      };
      expect(await sessions.save(live, 0)).toBe(true);
      expect(await sessions.get('s1')).toEqual({ ...live, followers: 0 });
      const copy = await sessions.get('s1');
      if (!copy) throw new Error('no session');
      copy.title = 'changed';
      copy.attendance.push({
        userId: 'u9',
        name: 'Eve',
        side: 'enterprise',
        role: 'viewer',
        joinedAt: 1,
      });
      expect((await sessions.get('s1'))?.title).toBe('Session s1');
      expect((await sessions.get('s1'))?.attendance).toEqual([]);
    });

    it('saves only over the revision read: a stale save changes nothing', async () => {
      await sessions.create(session('s1'));
      const first = { ...session('s1'), title: 'first', revision: 1 };
      expect(await sessions.save(first, 0)).toBe(true);
      // A node that read revision 0 before the first save landed.
      expect(await sessions.save({ ...session('s1'), title: 'stale', revision: 1 }, 0)).toBe(false);
      expect(await sessions.get('s1')).toEqual({ ...first, followers: 0 });
      expect(await sessions.save({ ...first, title: 'second', revision: 2 }, 1)).toBe(true);
      expect(await sessions.get('s1')).toMatchObject({ title: 'second', revision: 2 });
      expect((await sessions.list(workspaceId))[0]?.revision).toBe(2);
      expect(await sessions.save({ ...session('nope'), revision: 1 }, 0)).toBe(false);
      // A save that does not move the revision on by one is a bug, not a conflict.
      await expect(sessions.save({ ...first, revision: 5 }, 2)).rejects.toThrow(StoreError);
    });

    it('of two saves over one revision at once, exactly one wins and is what is stored', async () => {
      await sessions.create(session('s1'));
      const a = { ...session('s1'), title: 'from node A', revision: 1 };
      const b = { ...session('s1'), title: 'from node B', revision: 1 };
      const won = await Promise.all([sessions.save(a, 0), sessions.save(b, 0)]);
      expect(won.filter(Boolean)).toHaveLength(1);
      const winner = won[0] ? a : b;
      expect(await sessions.get('s1')).toEqual({ ...winner, followers: 0 });
    });

    it('records one vote per person and motion', async () => {
      await sessions.create(session('s1'));
      await sessions.create(session('s2'));
      expect(await sessions.addVote(vote)).toBe(true);
      expect(await sessions.addVote({ ...vote, choice: 'against' })).toBe(false);
      expect(await sessions.addVote({ ...vote, motionId: 'm2' })).toBe(true);
      expect(await sessions.addVote({ ...vote, voterId: 'u2' })).toBe(true);
      expect(await sessions.addVote({ ...vote, sessionId: 's2' })).toBe(true);
    });

    it('records one of two votes by the same person on one motion cast at once', async () => {
      await sessions.create(session('s1'));
      const added = await Promise.all([
        sessions.addVote(vote),
        sessions.addVote({ ...vote, choice: 'against' }),
      ]);
      expect(added.filter(Boolean)).toHaveLength(1);
    });
  });
}
