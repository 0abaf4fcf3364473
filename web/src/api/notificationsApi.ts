import { NotificationList as List, type NotificationList, UnreadCount } from '@tandem/protocol';
import { NO_CONTENT, request } from './http';

/** Your notifications, newest first; `before` is the previous page's `nextBefore`. */
export function listNotifications(
  options: { before?: string; limit?: number; signal?: AbortSignal } = {},
): Promise<NotificationList> {
  const query = new URLSearchParams();
  if (options.before) query.set('before', options.before);
  if (options.limit) query.set('limit', String(options.limit));
  const suffix = query.size > 0 ? `?${query}` : '';
  return request(`/api/notifications${suffix}`, List, { signal: options.signal });
}

export async function unreadNotifications(signal?: AbortSignal): Promise<number> {
  return (await request('/api/notifications/unread', UnreadCount, { signal })).unread;
}

export function markNotificationRead(id: string): Promise<null> {
  return request(`/api/notifications/${encodeURIComponent(id)}/read`, NO_CONTENT, {
    method: 'POST',
  });
}

export function markAllNotificationsRead(): Promise<null> {
  return request('/api/notifications/read-all', NO_CONTENT, { method: 'POST' });
}
