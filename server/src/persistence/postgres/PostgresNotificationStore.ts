import { randomUUID } from 'node:crypto';
import type { NotificationKind, NotificationPayload } from '@tandem/protocol';
import type { Kysely, Selectable } from 'kysely';
import type { NewNotification, NotificationRecord, NotificationStore } from '../NotificationStore';
import type { Database, NotificationsTable } from './Database';
import { withStoreError } from './withStoreError';

/**
 * Inboxes in PostgreSQL, beside the accounts. Pages are ordered by (created_at, pos): the
 * identity column `pos` breaks ties between notifications made in the same millisecond, as
 * SQLite's rowid does.
 */
export class PostgresNotificationStore implements NotificationStore {
  constructor(private readonly db: Kysely<Database>) {}

  async add(input: NewNotification): Promise<NotificationRecord> {
    const record: NotificationRecord = {
      ...input,
      id: randomUUID(),
      createdAt: Date.now(),
      readAt: null,
      doneAt: null,
    };
    await this.run((db) =>
      db
        .insertInto('notifications')
        .values({
          id: record.id,
          user_id: record.userId,
          workspace_id: record.workspaceId,
          kind: record.kind,
          document_id: record.documentId,
          session_id: record.sessionId,
          subject: record.subject,
          actor_id: record.actorId,
          payload: JSON.stringify(record.payload),
          created_at: record.createdAt,
        })
        .execute(),
    );
    return record;
  }

  async list(userId: string, page: { before?: string; limit: number }) {
    const { before } = page;
    const rows = await this.run((db) => {
      let query = db
        .selectFrom('notifications as n')
        .selectAll('n')
        .where('n.user_id', '=', userId)
        .orderBy('n.created_at', 'desc')
        .orderBy('n.pos', 'desc')
        .limit(page.limit);
      if (before !== undefined) {
        // Someone else's id is no cursor: the cursor row must be in this inbox too.
        query = query
          .innerJoin('notifications as c', (join) =>
            join.on('c.id', '=', before).onRef('c.user_id', '=', 'n.user_id'),
          )
          .where((eb) =>
            eb(eb.refTuple('n.created_at', 'n.pos'), '<', eb.refTuple('c.created_at', 'c.pos')),
          );
      }
      return query.execute();
    });
    return rows.map(toRecord);
  }

  async unreadCount(userId: string) {
    const row = await this.run((db) =>
      db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow(),
    );
    return row.n;
  }

  /** Reading twice keeps the first time. */
  async markRead(userId: string, id: string) {
    const result = await this.run((db) =>
      db
        .updateTable('notifications')
        .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(Date.now())) }))
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    );
    return result.numUpdatedRows > 0n;
  }

  async markAllRead(userId: string) {
    const result = await this.run((db) =>
      db
        .updateTable('notifications')
        .set({ read_at: Date.now() })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirst(),
    );
    return Number(result.numUpdatedRows);
  }

  async markDone(userId: string, kind: NotificationKind, subject: string) {
    const now = Date.now();
    const rows = await this.run((db) =>
      db
        .updateTable('notifications')
        .set((eb) => ({ done_at: now, read_at: eb.fn.coalesce('read_at', eb.val(now)) }))
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .where('subject', '=', subject)
        .where('done_at', 'is', null)
        .returningAll()
        .execute(),
    );
    return rows.map(toRecord);
  }

  private run<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return withStoreError(() => fn(this.db));
  }
}

function toRecord(r: Omit<Selectable<NotificationsTable>, 'pos'>): NotificationRecord {
  return {
    id: r.id,
    userId: r.user_id,
    workspaceId: r.workspace_id,
    kind: r.kind as NotificationKind,
    documentId: r.document_id,
    sessionId: r.session_id,
    subject: r.subject,
    actorId: r.actor_id,
    payload: r.payload as NotificationPayload,
    createdAt: r.created_at,
    readAt: r.read_at,
    doneAt: r.done_at,
  };
}
