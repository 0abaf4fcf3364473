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

    it('[H12] [H14] opens a thread with its first comment, anchor and mentions', () => {
      const id = comments.createThread('doc-aaaa', textAnchor, 'u1', 'Look @Li Wei', ['u2']);
      const [thread, ...rest] = comments.list('doc-aaaa');
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
      expect(comments.exists('doc-aaaa', id)).toBe(true);
      expect(comments.exists('doc-bbbb', id)).toBe(false);
      expect(comments.exists('doc-aaaa', 'missing')).toBe(false);
      expect(comments.list('doc-bbbb')).toEqual([]);
    });

    it('[H12] replies, resolves and reopens as entries of the thread; nothing is deleted', () => {
      const id = comments.createThread('doc-aaaa', { kind: 'document' }, 'u1', 'first', []);
      comments.addEntry(id, 'comment', 'u2', 'reply', []);
      comments.addEntry(id, 'resolve', 'u1', '', []);
      expect(comments.list('doc-aaaa')[0]?.status).toBe('resolved');
      comments.addEntry(id, 'reopen', 'u2', '', []);
      const [thread] = comments.list('doc-aaaa');
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
      const first = comments.createThread('doc-aaaa', entity, 'u1', 'one', []);
      await new Promise((r) => setTimeout(r, 2));
      const second = comments.createThread('doc-aaaa', textAnchor, 'u2', 'two', []);
      comments.addEntry(first, 'comment', 'u2', 'one again', []);
      const threads = comments.list('doc-aaaa');
      expect(threads.map((t) => t.id)).toEqual([first, second]);
      expect(threads.map((t) => t.comments.map((c) => c.body))).toEqual([
        ['one', 'one again'],
        ['two'],
      ]);
      expect(threads[0]?.anchor).toEqual(entity);
    });

    it('refuses an entry for a thread that does not exist', () => {
      expect(() => comments.addEntry('missing', 'comment', 'u1', 'lost', [])).toThrow();
    });
  });
}
