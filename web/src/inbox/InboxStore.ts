import type { InboxNew, NotificationDto } from '@tandem/protocol';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  unreadNotifications,
} from '../api';
import type { RealtimeSocket } from '../presence';

export interface InboxView {
  unread: number;
  /** Newest first; null until the panel first asks for them. */
  notifications: NotificationDto[] | null;
  /** Where the next page starts; null when everything is loaded. */
  nextBefore: string | null;
  loading: boolean;
  failed: boolean;
}

const PAGE = 20;

/**
 * The signed-in person's inbox in this tab. The unread count arrives over the realtime socket
 * (`inbox:new`, `inbox:unread`) and is read again over HTTP on every (re)connect, so a count
 * missed while offline is corrected. The list is read when the panel opens.
 */
export class InboxStore {
  private view: InboxView = {
    unread: 0,
    notifications: null,
    nextBefore: null,
    loading: false,
    failed: false,
  };
  private readonly listeners = new Set<() => void>();
  private readonly cleanup: (() => void)[] = [];

  constructor(socket: RealtimeSocket) {
    const onNew = (event: InboxNew) => {
      const list = this.view.notifications;
      const known = list?.some((n) => n.id === event.notification.id);
      this.set({
        unread: event.unread,
        notifications: list && !known ? [event.notification, ...list] : list,
      });
    };
    const onUnread = (event: { unread: number }) => {
      this.set({ unread: event.unread });
      // Read or done elsewhere: the loaded list is stale, read it again when next shown.
      if (this.view.notifications) void this.load();
    };
    const onConnect = () => void this.refreshCount();
    socket.on('inbox:new', onNew);
    socket.on('inbox:unread', onUnread);
    socket.on('connect', onConnect);
    this.cleanup.push(() => {
      socket.off('inbox:new', onNew);
      socket.off('inbox:unread', onUnread);
      socket.off('connect', onConnect);
    });
    void this.refreshCount();
  }

  getView = (): InboxView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The first page, again. */
  async load(): Promise<void> {
    this.set({ loading: true, failed: false });
    try {
      const page = await listNotifications({ limit: PAGE });
      this.set({
        notifications: page.notifications,
        nextBefore: page.nextBefore,
        unread: page.unread,
        loading: false,
      });
    } catch {
      this.set({ loading: false, failed: true });
    }
  }

  async loadMore(): Promise<void> {
    const { nextBefore, notifications } = this.view;
    if (!nextBefore || !notifications || this.view.loading) return;
    this.set({ loading: true, failed: false });
    try {
      const page = await listNotifications({ before: nextBefore, limit: PAGE });
      this.set({
        notifications: [...notifications, ...page.notifications],
        nextBefore: page.nextBefore,
        unread: page.unread,
        loading: false,
      });
    } catch {
      this.set({ loading: false, failed: true });
    }
  }

  /** Marks it read here at once; the server's `inbox:unread` confirms the count. */
  markRead(id: string): void {
    const target = this.view.notifications?.find((n) => n.id === id);
    if (!target || target.readAt) return;
    const readAt = new Date().toISOString();
    this.set({
      unread: Math.max(0, this.view.unread - 1),
      notifications: this.patch((n) => (n.id === id ? { ...n, readAt } : n)),
    });
    markNotificationRead(id).catch(() => void this.refreshCount());
  }

  markAllRead(): void {
    const readAt = new Date().toISOString();
    this.set({ unread: 0, notifications: this.patch((n) => (n.readAt ? n : { ...n, readAt })) });
    markAllNotificationsRead().catch(() => void this.refreshCount());
  }

  destroy(): void {
    for (const c of this.cleanup.splice(0)) c();
    this.listeners.clear();
  }

  private patch(change: (n: NotificationDto) => NotificationDto): NotificationDto[] | null {
    return this.view.notifications?.map(change) ?? null;
  }

  private async refreshCount(): Promise<void> {
    try {
      this.set({ unread: await unreadNotifications() });
    } catch {
      // Offline or signed out: the next connect or event brings the count.
    }
  }

  private set(change: Partial<InboxView>): void {
    this.view = { ...this.view, ...change };
    for (const l of this.listeners) l();
  }
}
