import type { NotificationKind, NotificationPayload } from '@tandem/protocol';

export interface NotificationRecord {
  id: string;
  /** Whose inbox it is in. */
  userId: string;
  workspaceId: string;
  kind: NotificationKind;
  documentId: string | null;
  sessionId: string | null;
  /**
   * What the notification asks about, for finding it again when that is done: the version
   * awaiting sign-off, the comment thread, the agenda item.
   */
  subject: string | null;
  actorId: string | null;
  payload: NotificationPayload;
  createdAt: number;
  readAt: number | null;
  doneAt: number | null;
}

export type NewNotification = Omit<NotificationRecord, 'id' | 'createdAt' | 'readAt' | 'doneAt'>;

/**
 * Each person's inbox. Every method takes the owner's id, and none reaches another person's
 * notifications: reading or marking someone else's answers as if it did not exist. Newest
 * first means by creation time, then by the order they were added. Asynchronous, so any
 * driver fits; an implementation that cannot read or write rejects with a StoreError.
 */
export interface NotificationStore {
  add(input: NewNotification): Promise<NotificationRecord>;
  /** Newest first, at most `limit`, those after the notification `before` when given. */
  list(userId: string, page: { before?: string; limit: number }): Promise<NotificationRecord[]>;
  unreadCount(userId: string): Promise<number>;
  /** False when the person has no notification of that id. Reading twice keeps the first time. */
  markRead(userId: string, id: string): Promise<boolean>;
  /** How many were unread. */
  markAllRead(userId: string): Promise<number>;
  /**
   * Marks the person's open notifications of that kind and subject done (and read): what they
   * asked for happened. Returns those it changed.
   */
  markDone(userId: string, kind: NotificationKind, subject: string): Promise<NotificationRecord[]>;
}
