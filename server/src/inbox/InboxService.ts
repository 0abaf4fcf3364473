import type {
  InboxNew,
  NotificationDto,
  NotificationList,
  NotificationListQuery,
  PersonRef,
} from '@tandem/protocol';
import type { AccountStore, Mailer } from '../auth';
import type { Logger } from '../logger';
import type { NewNotification, NotificationRecord, NotificationStore } from '../persistence';
import { notificationMail } from './notificationMail';

/** What producers (comments, sign-offs, sessions) call: they never see the store or sockets. */
export interface Notifier {
  /** Stores, tells the person's open tabs and mails them; never throws at the caller. */
  notify(input: NewNotification): Promise<void>;
  /** The person did what the notifications of that kind and subject asked. */
  done(userId: string, kind: NewNotification['kind'], subject: string): Promise<void>;
}

/** The events the inbox sends to one person's sockets. */
export interface InboxEvents {
  'inbox:new': InboxNew;
  'inbox:unread': { unread: number };
}

export interface InboxDeps {
  store: NotificationStore;
  accounts: AccountStore;
  mailer: Mailer;
  /** The public address links in mail start with. */
  linkBase(): string;
  /** Sends to every socket of that person, on every node. */
  emit<E extends keyof InboxEvents>(userId: string, event: E, payload: InboxEvents[E]): void;
  log: Logger;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Each person's inbox: producers `notify`, the person lists and marks read over HTTP, and every
 * change to the unread count reaches their open tabs over socket.io (`inbox:*`). A notification
 * that cannot be stored is logged and counted, never failing the comment or sign-off behind it.
 */
export class InboxService implements Notifier {
  /** Notifications that could not be stored or told, since start. */
  failures = 0;

  constructor(private readonly deps: InboxDeps) {}

  async notify(input: NewNotification): Promise<void> {
    try {
      const record = await this.deps.store.add(input);
      const unread = await this.deps.store.unreadCount(input.userId);
      const notification = await this.toDto(record, new Map());
      this.deps.emit(input.userId, 'inbox:new', { notification, unread });
      if (this.deps.mailer.enabled) void this.mail(notification, input.userId);
    } catch (err) {
      this.failures++;
      this.deps.log.error({ err, userId: input.userId, kind: input.kind }, 'notification lost');
    }
  }

  async done(userId: string, kind: NewNotification['kind'], subject: string): Promise<void> {
    try {
      const changed = await this.deps.store.markDone(userId, kind, subject);
      if (changed.length > 0) await this.tellUnread(userId);
    } catch (err) {
      this.failures++;
      this.deps.log.error({ err, userId, kind }, 'notification not marked done');
    }
  }

  async list(userId: string, query: NotificationListQuery): Promise<NotificationList> {
    // One more than asked: whether another page exists, without a request that finds none.
    const page = { limit: query.limit + 1, ...(query.before ? { before: query.before } : {}) };
    const found = await this.deps.store.list(userId, page);
    const records = found.slice(0, query.limit);
    const people = new Map<string, Promise<PersonRef | null>>();
    const notifications = await Promise.all(records.map((r) => this.toDto(r, people)));
    return {
      notifications,
      nextBefore: found.length > query.limit ? (records.at(-1)?.id ?? null) : null,
      unread: await this.deps.store.unreadCount(userId),
    };
  }

  unreadCount(userId: string): Promise<number> {
    return this.deps.store.unreadCount(userId);
  }

  /** False when the person has no such notification. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const found = await this.deps.store.markRead(userId, id);
    if (found) await this.tellUnread(userId);
    return found;
  }

  async markAllRead(userId: string): Promise<void> {
    if ((await this.deps.store.markAllRead(userId)) > 0) await this.tellUnread(userId);
  }

  private async tellUnread(userId: string): Promise<void> {
    this.deps.emit(userId, 'inbox:unread', { unread: await this.deps.store.unreadCount(userId) });
  }

  private async toDto(
    r: NotificationRecord,
    people: Map<string, Promise<PersonRef | null>>,
  ): Promise<NotificationDto> {
    let actor: Promise<PersonRef | null> | undefined;
    if (r.actorId) {
      actor = people.get(r.actorId) ?? this.person(r.actorId);
      people.set(r.actorId, actor);
    }
    return {
      id: r.id,
      kind: r.kind,
      workspaceId: r.workspaceId,
      documentId: r.documentId,
      sessionId: r.sessionId,
      actor: actor ? await actor : null,
      payload: r.payload,
      createdAt: new Date(r.createdAt).toISOString(),
      readAt: iso(r.readAt),
      doneAt: iso(r.doneAt),
    };
  }

  private async person(id: string): Promise<PersonRef | null> {
    const user = await this.deps.accounts.getUser(id);
    return user ? { id, name: user.name, side: user.organisation.side } : null;
  }

  /** In the background: how long SMTP takes is nobody's wait. */
  private async mail(n: NotificationDto, userId: string): Promise<void> {
    try {
      const user = await this.deps.accounts.getUser(userId);
      if (!user) return;
      await this.deps.mailer.send({ to: user.email, ...notificationMail(n, this.deps.linkBase()) });
    } catch (err) {
      this.deps.log.warn({ err, userId, kind: n.kind }, 'notification mail not sent');
    }
  }
}
