import { randomUUID } from 'node:crypto';
import type { NotificationKind, NotificationPayload } from '@tandem/protocol';
import type { NewNotification, NotificationRecord, NotificationStore } from './NotificationStore';
import type { SqliteDatabase } from './openDatabase';

interface Row {
  id: string;
  user_id: string;
  workspace_id: string;
  kind: NotificationKind;
  document_id: string | null;
  session_id: string | null;
  subject: string | null;
  actor_id: string | null;
  payload: string;
  created_at: number;
  read_at: number | null;
  done_at: number | null;
}

const toRecord = (r: Row): NotificationRecord => ({
  id: r.id,
  userId: r.user_id,
  workspaceId: r.workspace_id,
  kind: r.kind,
  documentId: r.document_id,
  sessionId: r.session_id,
  subject: r.subject,
  actorId: r.actor_id,
  payload: JSON.parse(r.payload) as NotificationPayload,
  createdAt: r.created_at,
  readAt: r.read_at,
  doneAt: r.done_at,
});

/**
 * Inboxes in the same SQLite file as the accounts. Pages are ordered by (created_at, rowid):
 * the rowid breaks ties between notifications made in the same millisecond.
 */
export class SqliteNotificationStore implements NotificationStore {
  private readonly stmt;

  constructor(db: SqliteDatabase) {
    this.stmt = {
      insert: db.prepare(
        `INSERT INTO notifications (id, user_id, workspace_id, kind, document_id, session_id,
           subject, actor_id, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      first: db.prepare(
        `SELECT * FROM notifications WHERE user_id = ?
         ORDER BY created_at DESC, rowid DESC LIMIT ?`,
      ),
      after: db.prepare(
        `SELECT n.* FROM notifications n, notifications c
         WHERE c.id = ? AND c.user_id = ? AND n.user_id = c.user_id
           AND (n.created_at, n.rowid) < (c.created_at, c.rowid)
         ORDER BY n.created_at DESC, n.rowid DESC LIMIT ?`,
      ),
      unread: db.prepare(
        'SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL',
      ),
      read: db.prepare(
        `UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND user_id = ?`,
      ),
      readAll: db.prepare(
        'UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL',
      ),
      done: db.prepare(
        `UPDATE notifications SET done_at = ?, read_at = COALESCE(read_at, ?)
         WHERE user_id = ? AND kind = ? AND subject = ? AND done_at IS NULL
         RETURNING *`,
      ),
    };
  }

  async add(input: NewNotification): Promise<NotificationRecord> {
    const record: NotificationRecord = {
      ...input,
      id: randomUUID(),
      createdAt: Date.now(),
      readAt: null,
      doneAt: null,
    };
    this.stmt.insert.run(
      record.id,
      record.userId,
      record.workspaceId,
      record.kind,
      record.documentId,
      record.sessionId,
      record.subject,
      record.actorId,
      JSON.stringify(record.payload),
      record.createdAt,
    );
    return record;
  }

  async list(userId: string, page: { before?: string; limit: number }) {
    const rows = page.before
      ? this.stmt.after.all(page.before, userId, page.limit)
      : this.stmt.first.all(userId, page.limit);
    return (rows as Row[]).map(toRecord);
  }

  async unreadCount(userId: string) {
    return (this.stmt.unread.get(userId) as { n: number }).n;
  }

  async markRead(userId: string, id: string) {
    return this.stmt.read.run(Date.now(), id, userId).changes > 0;
  }

  async markAllRead(userId: string) {
    return this.stmt.readAll.run(Date.now(), userId).changes;
  }

  async markDone(userId: string, kind: NotificationKind, subject: string) {
    const now = Date.now();
    return (this.stmt.done.all(now, now, userId, kind, subject) as Row[]).map(toRecord);
  }
}
