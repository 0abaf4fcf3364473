import { randomUUID } from 'node:crypto';
import type { CommentAnchor } from '@tandem/protocol';
import type { Kysely, Transaction } from 'kysely';
import type { CommentKind, CommentRecord, CommentStore, ThreadRecord } from '../CommentStore';
import type { Database } from './Database';
import { withStoreError } from './withStoreError';

/**
 * Comment threads in the same database as the documents they are about. An entry's position
 * is the thread's last plus one, taken under a lock on the thread's row, so two replies made
 * on two nodes at once are numbered one after the other.
 */
export class PostgresCommentStore implements CommentStore {
  constructor(private readonly db: Kysely<Database>) {}

  async createThread(
    docId: string,
    anchor: CommentAnchor,
    userId: string,
    body: string,
    mentions: string[],
  ) {
    const id = randomUUID();
    await this.run((db) =>
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('comment_threads')
          .values({
            id,
            doc_id: docId,
            anchor: JSON.stringify(anchor),
            status: 'open',
            created_by: userId,
            created_at: Date.now(),
          })
          .execute();
        await append(trx, id, 'comment', userId, body, mentions);
      }),
    );
    return id;
  }

  async addEntry(
    threadId: string,
    kind: CommentKind,
    userId: string,
    body: string,
    mentions: string[],
  ) {
    await this.run((db) =>
      db.transaction().execute(async (trx) => {
        await trx
          .selectFrom('comment_threads')
          .select('id')
          .where('id', '=', threadId)
          .forNoKeyUpdate()
          .execute();
        await append(trx, threadId, kind, userId, body, mentions);
      }),
    );
  }

  async exists(docId: string, threadId: string) {
    const row = await this.run((db) =>
      db
        .selectFrom('comment_threads')
        .select('id')
        .where('doc_id', '=', docId)
        .where('id', '=', threadId)
        .executeTakeFirst(),
    );
    return row !== undefined;
  }

  async list(docId: string): Promise<ThreadRecord[]> {
    const [threads, rows] = await this.run((db) =>
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(
          async (trx) =>
            [
              await trx
                .selectFrom('comment_threads')
                .selectAll()
                .where('doc_id', '=', docId)
                .orderBy('created_at')
                .orderBy('id')
                .execute(),
              await trx
                .selectFrom('comments as c')
                .innerJoin('comment_threads as t', 't.id', 'c.thread_id')
                .selectAll('c')
                .where('t.doc_id', '=', docId)
                .orderBy('c.thread_id')
                .orderBy('c.pos')
                .execute(),
            ] as const,
        ),
    );
    const comments = new Map<string, CommentRecord[]>();
    for (const r of rows) {
      const list = comments.get(r.thread_id) ?? [];
      list.push({
        id: r.id,
        threadId: r.thread_id,
        kind: r.kind as CommentKind,
        userId: r.user_id,
        body: r.body,
        mentions: r.mentions,
        createdAt: r.created_at,
      });
      comments.set(r.thread_id, list);
    }
    return threads.map((t) => ({
      id: t.id,
      docId: t.doc_id,
      anchor: t.anchor as CommentAnchor,
      status: t.status as ThreadRecord['status'],
      createdBy: t.created_by,
      createdAt: t.created_at,
      comments: comments.get(t.id) ?? [],
    }));
  }

  private run<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return withStoreError(() => fn(this.db));
  }
}

/** An entry and the status it sets, inside the caller's transaction. */
async function append(
  trx: Transaction<Database>,
  threadId: string,
  kind: CommentKind,
  userId: string,
  body: string,
  mentions: string[],
): Promise<void> {
  await trx
    .insertInto('comments')
    .values((eb) => ({
      id: randomUUID(),
      thread_id: threadId,
      kind,
      user_id: userId,
      body,
      mentions: JSON.stringify(mentions),
      created_at: Date.now(),
      pos: eb
        .selectFrom('comments')
        .select((s) => s(s.fn.coalesce(s.fn.max('pos'), s.lit(0)), '+', 1).as('next'))
        .where('thread_id', '=', threadId),
    }))
    .execute();
  if (kind === 'comment') return;
  await trx
    .updateTable('comment_threads')
    .set({ status: kind === 'resolve' ? 'resolved' : 'open' })
    .where('id', '=', threadId)
    .execute();
}
