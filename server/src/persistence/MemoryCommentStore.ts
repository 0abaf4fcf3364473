import { randomUUID } from 'node:crypto';
import type { CommentAnchor } from '@tandem/protocol';
import { StoreError } from '../errors';
import type { CommentKind, CommentStore, ThreadRecord } from './CommentStore';

/** Comment threads in process memory, beside the MemoryDocumentStore. */
export class MemoryCommentStore implements CommentStore {
  /** Every thread by id, in the order they were made. */
  private readonly threads = new Map<string, ThreadRecord>();

  async createThread(
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
    this.append(id, 'comment', userId, body, mentions);
    return id;
  }

  async addEntry(
    threadId: string,
    kind: CommentKind,
    userId: string,
    body: string,
    mentions: string[],
  ) {
    this.append(threadId, kind, userId, body, mentions);
  }

  async exists(docId: string, threadId: string) {
    return this.threads.get(threadId)?.docId === docId;
  }

  async list(docId: string) {
    return [...this.threads.values()]
      .filter((t) => t.docId === docId)
      .map((t) => structuredClone(t));
  }

  /** Synchronous, so a new thread and its first entry are made in one step. */
  private append(
    threadId: string,
    kind: CommentKind,
    userId: string,
    body: string,
    mentions: string[],
  ): void {
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
}
