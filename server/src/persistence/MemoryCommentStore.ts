import { randomUUID } from 'node:crypto';
import type { CommentAnchor } from '@tandem/protocol';
import { StoreError } from '../errors';
import type { CommentKind, CommentStore, ThreadRecord } from './CommentStore';

/** Comment threads in process memory, beside the MemoryDocumentStore. */
export class MemoryCommentStore implements CommentStore {
  /** Every thread by id, in the order they were made. */
  private readonly threads = new Map<string, ThreadRecord>();

  createThread(
    docId: string,
    anchor: CommentAnchor,
    userId: string,
    body: string,
    mentions: string[],
  ) {
    const id = randomUUID();
    const thread: ThreadRecord = {
      id,
      docId,
      anchor: structuredClone(anchor),
      status: 'open',
      createdBy: userId,
      createdAt: Date.now(),
      comments: [],
    };
    this.threads.set(id, thread);
    this.addEntry(id, 'comment', userId, body, mentions);
    return id;
  }

  addEntry(threadId: string, kind: CommentKind, userId: string, body: string, mentions: string[]) {
    // SQLite refuses an entry of a missing thread by its foreign key; so does this.
    const thread = this.threads.get(threadId);
    if (!thread) throw new StoreError(`comment thread ${threadId} does not exist`);
    thread.comments.push({
      id: randomUUID(),
      threadId,
      kind,
      userId,
      body,
      mentions: [...mentions],
      createdAt: Date.now(),
    });
    if (kind !== 'comment') thread.status = kind === 'resolve' ? 'resolved' : 'open';
  }

  exists(docId: string, threadId: string): boolean {
    return this.threads.get(threadId)?.docId === docId;
  }

  list(docId: string): ThreadRecord[] {
    return [...this.threads.values()]
      .filter((t) => t.docId === docId)
      .map((t) => structuredClone(t));
  }
}
