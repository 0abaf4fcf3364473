import { randomUUID } from 'node:crypto';
import type { CommentAnchor } from '@tandem/protocol';
import type { CommentKind, CommentRecord, CommentStore, ThreadRecord } from './CommentStore';
import type { SqliteDatabase } from './openDatabase';

interface ThreadRow {
  id: string;
  doc_id: string;
  anchor: string;
  status: 'open' | 'resolved';
  created_by: string;
  created_at: number;
}
interface CommentRow {
  id: string;
  thread_id: string;
  kind: CommentKind;
  user_id: string;
  body: string;
  mentions: string;
  created_at: number;
}

/** Comment threads in the same SQLite file as the documents they are about. */
export class SqliteCommentStore implements CommentStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDatabase) {
    this.stmt = {
      insertThread: db.prepare(
        `INSERT INTO comment_threads (id, doc_id, anchor, status, created_by, created_at)
         VALUES (?, ?, ?, 'open', ?, ?)`,
      ),
      insertComment: db.prepare(
        `INSERT INTO comments (id, thread_id, kind, user_id, body, mentions, created_at, pos)
         VALUES (?, ?, ?, ?, ?, ?, ?,
           (SELECT COALESCE(MAX(pos), 0) + 1 FROM comments WHERE thread_id = ?))`,
      ),
      setStatus: db.prepare('UPDATE comment_threads SET status = ? WHERE id = ?'),
      thread: db.prepare('SELECT * FROM comment_threads WHERE doc_id = ? AND id = ?'),
      threads: db.prepare('SELECT * FROM comment_threads WHERE doc_id = ? ORDER BY created_at, id'),
      comments: db.prepare(
        `SELECT c.* FROM comments c JOIN comment_threads t ON t.id = c.thread_id
         WHERE t.doc_id = ? ORDER BY c.thread_id, c.pos`,
      ),
    };
  }

  async createThread(
    docId: string,
    anchor: CommentAnchor,
    userId: string,
    body: string,
    mentions: string[],
  ) {
    const id = randomUUID();
    this.db
      .transaction(() => {
        this.stmt.insertThread.run(id, docId, JSON.stringify(anchor), userId, Date.now());
        this.append(id, 'comment', userId, body, mentions);
      })
      .immediate();
    return id;
  }

  async addEntry(
    threadId: string,
    kind: CommentKind,
    userId: string,
    body: string,
    mentions: string[],
  ) {
    this.db.transaction(() => this.append(threadId, kind, userId, body, mentions)).immediate();
  }

  async exists(docId: string, threadId: string) {
    return this.stmt.thread.get(docId, threadId) !== undefined;
  }

  async list(docId: string): Promise<ThreadRecord[]> {
    const comments = new Map<string, CommentRecord[]>();
    for (const r of this.stmt.comments.all(docId) as CommentRow[]) {
      const list = comments.get(r.thread_id) ?? [];
      list.push({
        id: r.id,
        threadId: r.thread_id,
        kind: r.kind,
        userId: r.user_id,
        body: r.body,
        mentions: JSON.parse(r.mentions) as string[],
        createdAt: r.created_at,
      });
      comments.set(r.thread_id, list);
    }
    return (this.stmt.threads.all(docId) as ThreadRow[]).map((t) => ({
      id: t.id,
      docId: t.doc_id,
      anchor: JSON.parse(t.anchor) as CommentAnchor,
      status: t.status,
      createdBy: t.created_by,
      createdAt: t.created_at,
      comments: comments.get(t.id) ?? [],
    }));
  }

  /** An entry and the status it sets; synchronous, for use inside a transaction. */
  private append(
    threadId: string,
    kind: CommentKind,
    userId: string,
    body: string,
    mentions: string[],
  ): void {
    this.stmt.insertComment.run(
      randomUUID(),
      threadId,
      kind,
      userId,
      body,
      JSON.stringify(mentions),
      Date.now(),
      threadId,
    );
    if (kind !== 'comment') {
      this.stmt.setStatus.run(kind === 'resolve' ? 'resolved' : 'open', threadId);
    }
  }
}
