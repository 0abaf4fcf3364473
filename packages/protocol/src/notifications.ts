import { z } from 'zod';
import { PersonRef } from './history';

/**
 * The inbox: what a person is told. `mention` (an @name in a comment), `signoff-requested` (the
 * other leader approved a version and awaits yours), `session-invited` (you are on the
 * committee of a scheduled session), `action-assigned` (a session decision gave you an action).
 */
export const NOTIFICATION_KINDS = [
  'mention',
  'signoff-requested',
  'session-invited',
  'action-assigned',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** What the notification is about, kept small: enough to show it without another request. */
export const NotificationPayload = z.object({
  /** The document's or session's title when it was sent. */
  title: z.string(),
  /** The comment, or the action's text, cut to a line or two. */
  excerpt: z.string().optional(),
  /** The commented words, for a mention on a text range. */
  quote: z.string().optional(),
  threadId: z.string().optional(),
  versionId: z.string().optional(),
  versionLabel: z.string().optional(),
  /** The agenda item an action belongs to. */
  itemTitle: z.string().optional(),
  /** A session's planned start, in ms since the epoch. */
  scheduledFor: z.number().optional(),
});
export type NotificationPayload = z.infer<typeof NotificationPayload>;

export const NotificationDto = z.object({
  id: z.string(),
  kind: NotificationKind,
  workspaceId: z.string(),
  documentId: z.string().nullable(),
  sessionId: z.string().nullable(),
  /** Who caused it; null when that account is gone. */
  actor: PersonRef.nullable(),
  payload: NotificationPayload,
  createdAt: z.string(),
  readAt: z.string().nullable(),
  /** Set when what was asked happened (the awaited sign-off was given). */
  doneAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof NotificationDto>;

export const NotificationListQuery = z.object({
  /** The id of the last notification of the previous page. */
  before: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const NotificationList = z.object({
  /** Newest first. */
  notifications: z.array(NotificationDto),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: z.string().nullable(),
  unread: z.number().int().nonnegative(),
});
export type NotificationList = z.infer<typeof NotificationList>;

export const UnreadCount = z.object({ unread: z.number().int().nonnegative() });
export type UnreadCount = z.infer<typeof UnreadCount>;

/** socket.io `inbox:new`: sent to each of the person's tabs. */
export interface InboxNew {
  notification: NotificationDto;
  unread: number;
}

/**
 * Where a notification takes its reader, as a path of the web app: the comment thread, the
 * version awaiting sign-off in the history, the session. Mail links are this after the
 * public address.
 */
export function notificationPath(
  n: Pick<NotificationDto, 'kind' | 'workspaceId' | 'documentId' | 'sessionId' | 'payload'>,
): string {
  const enc = encodeURIComponent;
  if (n.sessionId) return `/w/${enc(n.workspaceId)}/sessions/${enc(n.sessionId)}`;
  if (!n.documentId) return '/';
  const doc = `/d/${enc(n.documentId)}`;
  if (n.kind === 'signoff-requested') {
    return n.payload.versionId ? `${doc}/history?version=${enc(n.payload.versionId)}` : doc;
  }
  return n.payload.threadId ? `${doc}?thread=${enc(n.payload.threadId)}` : doc;
}
