import {
  CreateThreadBody,
  ErrorBody,
  ReplyBody,
  SignoffBody,
  SignoffDto,
  SignoffList,
  SignoffVerification,
  ThreadList,
} from '@tandem/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountStore } from '../auth';
import { HEAVY } from '../http/heavyRequests';
import type { DocumentStore } from '../persistence';
import type { CommentStore } from './CommentStore';
import { withStateAt } from './docContent';
import type { HistoryService } from './HistoryService';
import { type ReviewService, resolveAnchor } from './ReviewService';
import { documentFor, IdParams, iso, People, tags } from './routeSupport';
import type { SignoffRecord, SignoffStore } from './SignoffStore';

export interface ReviewRouteDeps {
  store: DocumentStore;
  accounts: AccountStore;
  history: HistoryService;
  review: ReviewService;
  comments: CommentStore;
  signoffs: Pick<SignoffStore, 'list'>;
  /** Tells the document's workspace that its threads changed (socket.io `comments:changed`). */
  commentsChanged?: (workspaceId: string, documentId: string) => void;
}

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const ThreadParams = z.object({ id: z.string(), threadId: z.string() });
const Created = z.object({ id: z.string() });

export function registerReviewRoutes(app: FastifyInstance, deps: ReviewRouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { review } = deps;

  /**
   * A change to a document's threads by someone who may comment; the document's workspace is
   * told once it is made (`comments:changed`), whatever the change was.
   */
  const changeThreads = async <T>(
    req: FastifyRequest,
    id: string,
    change: (doc: { docId: string; workspaceId: string; userId: string }) => T | Promise<T>,
  ): Promise<T> => {
    const { record, workspaceId, principal } = await documentFor(req, deps, id, 'document:comment');
    const result = await change({ docId: record.id, workspaceId, userId: principal.user.id });
    deps.commentsChanged?.(workspaceId, record.id);
    return result;
  };

  const signoffDto = async (s: SignoffRecord, people: People): Promise<SignoffDto> => ({
    id: s.id,
    versionId: s.versionId,
    stateHash: s.stateHash,
    user: await people.get(s.userId),
    side: s.side,
    decision: s.decision,
    comment: s.comment,
    createdAt: iso(s.createdAt),
    prevHash: s.prevHash,
    recordHash: s.recordHash,
  });

  api.get(
    '/api/documents/:id/signoffs',
    {
      schema: {
        tags,
        summary: 'Sign-off records, oldest first',
        params: IdParams,
        response: { 200: SignoffList, ...errors },
      },
    },
    async (req) => {
      const { record } = await documentFor(req, deps, req.params.id);
      const people = new People(deps.accounts);
      const list = await deps.signoffs.list(record.id);
      return { signoffs: await Promise.all(list.map((s) => signoffDto(s, people))) };
    },
  );

  api.post(
    '/api/documents/:id/signoffs',
    {
      schema: {
        tags,
        summary: 'Approve or request changes on a version (the dual professional leaders only)',
        params: IdParams,
        body: SignoffBody,
        response: { 201: SignoffDto, ...errors },
      },
    },
    async (req, reply) => {
      const { record, workspaceId, principal } = await documentFor(req, deps, req.params.id);
      const s = await review.signoff(record.id, workspaceId, principal.user.id, req.body);
      req.log.info({ docId: record.id, versionId: s.versionId, decision: s.decision }, 'sign-off');
      return reply.code(201).send(await signoffDto(s, new People(deps.accounts)));
    },
  );

  api.get(
    '/api/documents/:id/signoffs/verify',
    {
      config: HEAVY,
      schema: {
        tags,
        summary: 'Check the sign-off hash chain and the signed states against the update log',
        params: IdParams,
        response: { 200: SignoffVerification, ...errors },
      },
    },
    async (req) => {
      const { record } = await documentFor(req, deps, req.params.id);
      return review.verify(record.id);
    },
  );

  api.get(
    '/api/documents/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment threads with their anchors resolved against the current text',
        params: IdParams,
        response: { 200: ThreadList, ...errors },
      },
    },
    async (req) => {
      const { record } = await documentFor(req, deps, req.params.id);
      const threads = await deps.comments.list(record.id);
      const people = new People(deps.accounts);
      const seq = await deps.history.currentSeq(record.id);
      const anchors = await withStateAt(deps.store, record.id, seq, (doc) =>
        threads.map((t) => resolveAnchor(doc, t.anchor)),
      );
      const out = [];
      for (const [i, t] of threads.entries()) {
        const comments = [];
        for (const c of t.comments) {
          comments.push({
            id: c.id,
            kind: c.kind,
            author: await people.get(c.userId),
            body: c.body,
            mentions: await people.all(c.mentions),
            createdAt: iso(c.createdAt),
          });
        }
        out.push({
          id: t.id,
          anchor: t.anchor,
          resolvedAnchor: anchors[i] ?? null,
          status: t.status,
          createdAt: iso(t.createdAt),
          comments,
        });
      }
      return { threads: out };
    },
  );

  api.post(
    '/api/documents/:id/comments',
    {
      schema: {
        tags,
        summary: 'Start a thread on a text range, a course or cell, or the document',
        params: IdParams,
        body: CreateThreadBody,
        response: { 201: Created, ...errors },
      },
    },
    async (req, reply) => {
      const id = await changeThreads(req, req.params.id, (d) =>
        review.addComment(d.docId, d.workspaceId, d.userId, req.body),
      );
      return reply.code(201).send({ id });
    },
  );

  api.post(
    '/api/documents/:id/comments/:threadId/replies',
    {
      schema: {
        tags,
        summary: 'Reply to a thread',
        params: ThreadParams,
        body: ReplyBody,
        response: { 201: Created, ...errors },
      },
    },
    async (req, reply) => {
      const input = { threadId: req.params.threadId, body: req.body.body };
      const id = await changeThreads(req, req.params.id, (d) =>
        review.addComment(d.docId, d.workspaceId, d.userId, input),
      );
      return reply.code(201).send({ id });
    },
  );

  for (const action of ['resolve', 'reopen'] as const) {
    api.post(
      `/api/documents/:id/comments/:threadId/${action}`,
      {
        schema: {
          tags,
          summary: `${action === 'resolve' ? 'Resolve' : 'Reopen'} a thread (kept in the record)`,
          params: ThreadParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (req, reply) => {
        await changeThreads(req, req.params.id, (d) =>
          review.setStatus(d.docId, req.params.threadId, d.userId, action),
        );
        return reply.code(204).send(null);
      },
    );
  }
}
