import {
  ErrorBody,
  ErrorCode,
  NotificationList,
  NotificationListQuery,
  UnreadCount,
} from '@tandem/protocol';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePrincipal } from '../auth';
import { AppError } from '../errors';
import type { InboxService } from './InboxService';

const tags = ['inbox'];
const IdParams = z.object({ id: z.string().max(64) });

/** The caller's own inbox; nobody's route reaches another person's notifications. */
export function registerInboxRoutes(app: FastifyInstance, inbox: InboxService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Your notifications, newest first, a page at a time, with the unread count',
        querystring: NotificationListQuery,
        response: { 200: NotificationList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (req) => inbox.list(requirePrincipal(req).user.id, req.query),
  );

  api.get(
    '/api/notifications/unread',
    {
      schema: {
        tags,
        summary: 'How many of your notifications are unread',
        response: { 200: UnreadCount, 401: ErrorBody },
      },
    },
    async (req) => ({ unread: await inbox.unreadCount(requirePrincipal(req).user.id) }),
  );

  api.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of your notifications read',
        params: IdParams,
        response: { 204: z.null(), 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      if (!(await inbox.markRead(requirePrincipal(req).user.id, req.params.id))) {
        throw new AppError(ErrorCode.NOT_FOUND, 404, 'notification not found');
      }
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all your notifications read',
        response: { 204: z.null(), 401: ErrorBody },
      },
    },
    async (req, reply) => {
      await inbox.markAllRead(requirePrincipal(req).user.id);
      return reply.code(204).send(null);
    },
  );
}
