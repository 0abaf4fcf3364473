import { randomUUID } from 'node:crypto';
import type { NotificationKind } from '@tandem/protocol';
import type { NewNotification, NotificationRecord, NotificationStore } from './NotificationStore';

/** Inboxes in process memory, beside the other memory drivers. */
export class MemoryNotificationStore implements NotificationStore {
  /** Oldest first; newest-first reads walk it backwards. */
  private readonly rows: NotificationRecord[] = [];

  async add(input: NewNotification): Promise<NotificationRecord> {
    const record: NotificationRecord = {
      ...structuredClone(input),
      id: randomUUID(),
      createdAt: Date.now(),
      readAt: null,
      doneAt: null,
    };
    this.rows.push(record);
    return structuredClone(record);
  }

  async list(userId: string, page: { before?: string; limit: number }) {
    const mine = this.newestFirst(userId);
    const start = page.before ? mine.findIndex((r) => r.id === page.before) + 1 : 0;
    // An unknown cursor is an empty page, as SQLite's comparison with no row gives.
    if (page.before && start === 0) return [];
    return mine.slice(start, start + page.limit).map((r) => structuredClone(r));
  }

  async unreadCount(userId: string) {
    return this.rows.filter((r) => r.userId === userId && r.readAt === null).length;
  }

  async markRead(userId: string, id: string) {
    const row = this.rows.find((r) => r.id === id && r.userId === userId);
    if (!row) return false;
    row.readAt ??= Date.now();
    return true;
  }

  async markAllRead(userId: string) {
    const now = Date.now();
    let n = 0;
    for (const r of this.rows) {
      if (r.userId !== userId || r.readAt !== null) continue;
      r.readAt = now;
      n++;
    }
    return n;
  }

  async markDone(userId: string, kind: NotificationKind, subject: string) {
    const now = Date.now();
    const changed: NotificationRecord[] = [];
    for (const r of this.rows) {
      if (r.userId !== userId || r.kind !== kind || r.subject !== subject || r.doneAt !== null) {
        continue;
      }
      r.doneAt = now;
      r.readAt ??= now;
      changed.push(structuredClone(r));
    }
    return changed;
  }

  private newestFirst(userId: string): NotificationRecord[] {
    return this.rows.filter((r) => r.userId === userId).reverse();
  }
}
