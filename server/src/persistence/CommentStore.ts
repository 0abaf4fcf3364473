import type { CommentAnchor } from '@tandem/protocol';

export type CommentKind = 'comment' | 'resolve' | 'reopen';

export interface CommentRecord {
  id: string;
  threadId: string;
  kind: CommentKind;
  userId: string;
  body: string;
  mentions: string[];
  createdAt: number;
}

export interface ThreadRecord {
  id: string;
  docId: string;
  anchor: CommentAnchor;
  status: 'open' | 'resolved';
  createdBy: string;
  createdAt: number;
  /** In the order they were added. */
  comments: CommentRecord[];
}

/**
 * Comment threads (H12). Nothing is deleted: resolving and reopening are entries of the
 * thread, so the record shows who closed a discussion and when. Synchronous, like the SQLite
 * driver and the review code that calls it.
 */
export interface CommentStore {
  /** A new open thread whose first entry is `body`; returns its id. */
  createThread(
    docId: string,
    anchor: CommentAnchor,
    userId: string,
    body: string,
    mentions: string[],
  ): string;
  /** Adds a reply, or a resolve/reopen entry that also sets the thread's status. */
  addEntry(
    threadId: string,
    kind: CommentKind,
    userId: string,
    body: string,
    mentions: string[],
  ): void;
  exists(docId: string, threadId: string): boolean;
  /** The document's threads, oldest first, each with its entries. */
  list(docId: string): ThreadRecord[];
}
