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
 * thread, so the record shows who closed a discussion and when. Asynchronous, so a driver may
 * answer over the network (PostgreSQL) as well as from a file.
 */
export interface CommentStore {
  /** A new open thread whose first entry is `body`; returns its id. */
  createThread(
    docId: string,
    anchor: CommentAnchor,
    userId: string,
    body: string,
    mentions: string[],
  ): Promise<string>;
  /** Adds a reply, or a resolve/reopen entry that also sets the thread's status. */
  addEntry(
    threadId: string,
    kind: CommentKind,
    userId: string,
    body: string,
    mentions: string[],
  ): Promise<void>;
  exists(docId: string, threadId: string): Promise<boolean>;
  /** The document's threads, oldest first, each with its entries. */
  list(docId: string): Promise<ThreadRecord[]>;
}
