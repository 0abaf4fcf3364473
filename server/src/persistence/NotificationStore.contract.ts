import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewNotification, NotificationStore } from './NotificationStore';
import type { Stores } from './openStores';

/** Inboxes, every driver: run against the stores `open` builds. */
export function describeNotificationStoreContract(name: string, open: () => Stores): void {
  describe(`NotificationStore contract: ${name}`, () => {
    let stores: Stores;
    let inbox: NotificationStore;
    let ann: string;
    let bob: string;
    let workspaceId: string;
    const note = (userId: string, over: Partial<NewNotification> = {}): NewNotification => ({
      userId,
      workspaceId,
      kind: 'mention',
      documentId: 'doc-aaaa',
      sessionId: null,
      subject: 'thread-1',
      actorId: bob,
      payload: { title: 'Course standard', excerpt: 'Look @Ann' },
      ...over,
    });

    beforeEach(async () => {
      stores = open();
      inbox = stores.notifications;
      const org = await stores.accounts.createOrganisation('College', 'school');
      const user = (n: string) =>
        stores.accounts.createUser({
          email: `${n}@test.local`,
          name: n,
          passwordHash: 'x',
          organisationId: org.id,
        });
      ann = (await user('ann')).id;
      bob = (await user('bob')).id;
      workspaceId = (await stores.accounts.createWorkspace('A')).id;
    });
    afterEach(async () => {
      await stores.documents.close();
    });

    it('keeps what it is given and lists it unread', async () => {
      const added = await inbox.add(note(ann, { payload: { title: 'T', quote: '字' } }));
      expect(added).toMatchObject({ userId: ann, readAt: null, doneAt: null });
      expect(await inbox.list(ann, { limit: 10 })).toEqual([added]);
      expect(await inbox.unreadCount(ann)).toBe(1);
      expect(await inbox.list(bob, { limit: 10 })).toEqual([]);
      expect(await inbox.unreadCount(bob)).toBe(0);
    });

    it('pages newest first, also within one millisecond', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await inbox.add(note(ann, { subject: `t${i}` }))).id);
      await inbox.add(note(bob));
      const first = await inbox.list(ann, { limit: 2 });
      expect(first.map((n) => n.id)).toEqual([ids[4], ids[3]]);
      const second = await inbox.list(ann, { before: first.at(-1)?.id, limit: 2 });
      expect(second.map((n) => n.id)).toEqual([ids[2], ids[1]]);
      const last = await inbox.list(ann, { before: second.at(-1)?.id, limit: 2 });
      expect(last.map((n) => n.id)).toEqual([ids[0]]);
      // Someone else's id is no cursor into this inbox.
      const bobs = (await inbox.list(bob, { limit: 1 }))[0]?.id;
      expect(await inbox.list(ann, { before: bobs, limit: 2 })).toEqual([]);
    });

    it('marks one read only for its owner, and all read', async () => {
      const a = await inbox.add(note(ann));
      await inbox.add(note(ann));
      const b = await inbox.add(note(bob));
      expect(await inbox.markRead(bob, a.id)).toBe(false);
      expect(await inbox.markRead(ann, 'missing')).toBe(false);
      expect(await inbox.unreadCount(ann)).toBe(2);
      expect(await inbox.markRead(ann, a.id)).toBe(true);
      const readAt = (await inbox.list(ann, { limit: 10 })).find((n) => n.id === a.id)?.readAt;
      expect(readAt).toEqual(expect.any(Number));
      expect(await inbox.markRead(ann, a.id)).toBe(true);
      const again = (await inbox.list(ann, { limit: 10 })).find((n) => n.id === a.id)?.readAt;
      expect(again).toBe(readAt);
      expect(await inbox.markAllRead(ann)).toBe(1);
      expect(await inbox.unreadCount(ann)).toBe(0);
      expect(await inbox.unreadCount(bob)).toBe(1);
      expect((await inbox.list(bob, { limit: 1 }))[0]?.id).toBe(b.id);
    });

    it('marks a request done (and read) by kind and subject, once', async () => {
      const asked = await inbox.add(note(ann, { kind: 'signoff-requested', subject: 'v1' }));
      await inbox.add(note(ann, { kind: 'signoff-requested', subject: 'v2' }));
      await inbox.add(note(ann, { kind: 'mention', subject: 'v1' }));
      await inbox.add(note(bob, { kind: 'signoff-requested', subject: 'v1' }));
      const done = await inbox.markDone(ann, 'signoff-requested', 'v1');
      expect(done.map((n) => n.id)).toEqual([asked.id]);
      expect(done[0]?.doneAt).toEqual(expect.any(Number));
      expect(done[0]?.readAt).toEqual(expect.any(Number));
      expect(await inbox.markDone(ann, 'signoff-requested', 'v1')).toEqual([]);
      expect(await inbox.unreadCount(ann)).toBe(2);
      expect(await inbox.unreadCount(bob)).toBe(1);
    });
  });
}
