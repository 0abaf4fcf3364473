import type { CommentAnchor } from '@tandem/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentStore } from './CommentStore';
import type { DocumentStore } from './DocumentStore';

const textAnchor: CommentAnchor = {
  kind: 'text',
  root: 't',
  start: 'AAE=',
  end: 'AAI=',
  quote: 'ab',
};

/** Comment threads, every driver: run against the stores a DocumentStore builds. */
export function describeCommentStoreContract(name: string, open: () => DocumentStore): void {
  describe(`CommentStore contract: ${name}`, () => {
    let store: DocumentStore;
    let comments: CommentStore;
    beforeEach(async () => {
      store = open();
      comments = store.historyStores().comments;
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      await store.createDocument({ id: 'doc-bbbb', type: 'notes', title: 'B' });
    });
    afterEach(async () => {
      await store.close();
    });

    it('[H12] [H14] opens a thread with its first comment, anchor and mentions', async () => {
      const id = await comments.createThread('doc-aaaa', textAnchor, 'u1', 'Look @Li Wei', ['u2']);
      const [thread, ...rest] = await comments.list('doc-aaaa');
      expect(rest).toEqual([]);
      expect(thread).toMatchObject({
        id,
        docId: 'doc-aaaa',
        anchor: textAnchor,
        status: 'open',
        createdBy: 'u1',
      });
      expect(thread?.comments).toEqual([
        {
          id: expect.any(String),
          threadId: id,
          kind: 'comment',
          userId: 'u1',
          body: 'Look @Li Wei',
          mentions: ['u2'],
          createdAt: expect.any(Number),
        },
      ]);
      expect(await comments.exists('doc-aaaa', id)).toBe(true);
      expect(await comments.exists('doc-bbbb', id)).toBe(false);
      expect(await comments.exists('doc-aaaa', 'missing')).toBe(false);
      expect(await comments.list('doc-bbbb')).toEqual([]);
    });

    it('[H12] replies, resolves and reopens as entries of the thread; nothing is deleted', async () => {
      const id = await comments.createThread('doc-aaaa', { kind: 'document' }, 'u1', 'first', []);
      await comments.addEntry(id, 'comment', 'u2', 'reply', []);
      await comments.addEntry(id, 'resolve', 'u1', '', []);
      expect((await comments.list('doc-aaaa'))[0]?.status).toBe('resolved');
      await comments.addEntry(id, 'reopen', 'u2', '', []);
      const [thread] = await comments.list('doc-aaaa');
      expect(thread?.status).toBe('open');
      expect(thread?.comments.map((c) => [c.kind, c.userId, c.body])).toEqual([
        ['comment', 'u1', 'first'],
        ['comment', 'u2', 'reply'],
        ['resolve', 'u1', ''],
        ['reopen', 'u2', ''],
      ]);
    });

    it('[H12] lists threads oldest first, each with only its own entries', async () => {
      const entity: CommentAnchor = { kind: 'entity', collection: 'courses', entityId: 'c1' };
      const first = await comments.createThread('doc-aaaa', entity, 'u1', 'one', []);
      await new Promise((r) => setTimeout(r, 2));
      const second = await comments.createThread('doc-aaaa', textAnchor, 'u2', 'two', []);
      await comments.addEntry(first, 'comment', 'u2', 'one again', []);
      const threads = await comments.list('doc-aaaa');
      expect(threads.map((t) => t.id)).toEqual([first, second]);
      expect(threads.map((t) => t.comments.map((c) => c.body))).toEqual([
        ['one', 'one again'],
        ['two'],
      ]);
      expect(threads[0]?.anchor).toEqual(entity);
    });

    it('refuses an entry for a thread that does not exist', async () => {
      await expect(comments.addEntry('missing', 'comment', 'u1', 'lost', [])).rejects.toThrow();
      expect(await comments.list('doc-aaaa')).toEqual([]);
    });
  });
}
