import {
  AttributionDto,
  CreateVersionBody,
  DiffDto,
  DiffQuery,
  ErrorBody,
  HistoryDto,
  RestoreBody,
  VersionContentDto,
  type VersionDto,
} from '@tandem/protocol';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountStore } from '../auth';
import { HEAVY } from '../http/heavyRequests';
import type { DocumentStore } from '../persistence';
import { attributeText } from './attribution';
import { hashDoc, readContent, withStateAt } from './docContent';
import type { HistoryService } from './HistoryService';
import { loadDiff } from './loadDiff';
import type { ReviewService } from './ReviewService';
import { documentFor, IdParams, iso, People, tags } from './routeSupport';
import type { VersionRecord } from './VersionStore';

export interface HistoryRouteDeps {
  store: DocumentStore;
  accounts: AccountStore;
  history: HistoryService;
  review: ReviewService;
}

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export function registerHistoryRoutes(app: FastifyInstance, deps: HistoryRouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { history, review } = deps;

  const toDto = async (v: VersionRecord, people: People, adopted: Map<string, number>) => ({
    id: v.id,
    seq: v.seq,
    kind: v.kind,
    label: v.label,
    reason: v.reason,
    createdBy: v.createdBy ? await people.get(v.createdBy) : null,
    createdAt: iso(v.createdAt),
    stateHash: v.stateHash,
    authors: await people.all(v.authors),
    summary: v.summary,
    adopted: adopted.has(v.id),
  });

  api.get(
    '/api/documents/:id/history',
    {
      schema: {
        tags,
        summary: 'The timeline: every version, newest last, and whether the adopted one changed',
        params: IdParams,
        response: { 200: HistoryDto, ...errors },
      },
    },
    async (req) => {
      const { record, workspaceId } = await documentFor(req, deps, req.params.id);
      const people = new People(deps.accounts);
      const adopted = await review.adoptedVersions(record.id, workspaceId);
      const versions = await history.versions.list(record.id);
      const dtos: VersionDto[] = [];
      for (const v of versions) dtos.push(await toDto(v, people, adopted));
      const lastSeq = await history.currentSeq(record.id);
      const newest = versions.filter((v) => adopted.has(v.id)).at(-1);
      const now = await withStateAt(deps.store, record.id, lastSeq, hashDoc);
      let adoption: z.infer<typeof HistoryDto>['adoption'] = null;
      if (newest) {
        adoption = {
          versionId: newest.id,
          changedSince: now !== newest.stateHash,
          adoptedAt: iso(adopted.get(newest.id) ?? newest.createdAt),
        };
      }
      return { versions: dtos, lastSeq, currentHash: now, adoption };
    },
  );

  api.post(
    '/api/documents/:id/versions',
    {
      schema: {
        tags,
        summary: 'Name the current state ("Draft for committee 12-01")',
        params: IdParams,
        body: CreateVersionBody,
        response: { 201: z.object({ id: z.string(), seq: z.number() }), ...errors },
      },
    },
    async (req, reply) => {
      const { record, principal } = await documentFor(req, deps, req.params.id, 'document:edit');
      const v = await history.createVersion(record.id, {
        kind: 'named',
        label: req.body.label,
        createdBy: principal.user.id,
      });
      return reply.code(201).send({ id: v.id, seq: v.seq });
    },
  );

  api.get(
    '/api/documents/:id/versions/:vid',
    {
      config: HEAVY,
      schema: {
        tags,
        summary: 'A version, or any point in time (`seq:<n>`, `time:<iso>`), read-only',
        params: z.object({ id: z.string(), vid: z.string() }),
        response: { 200: VersionContentDto, ...errors },
      },
    },
    async (req) => {
      const { record, workspaceId } = await documentFor(req, deps, req.params.id);
      const { seq, version } = await history.resolve(record.id, req.params.vid);
      const content = await withStateAt(deps.store, record.id, seq, readContent);
      const adopted = await review.adoptedVersions(record.id, workspaceId);
      const dto = version ? await toDto(version, new People(deps.accounts), adopted) : null;
      return { seq, version: dto, ...content };
    },
  );

  api.get(
    '/api/documents/:id/diff',
    {
      config: HEAVY,
      schema: {
        tags,
        summary:
          'Redline per rich-text section and semantic change list, filterable by person or side',
        params: IdParams,
        querystring: DiffQuery,
        response: { 200: DiffDto, ...errors },
      },
    },
    async (req) => {
      const { record } = await documentFor(req, deps, req.params.id);
      return (await loadDiff(deps, record.id, req.query)).diff;
    },
  );

  api.get(
    '/api/documents/:id/attribution',
    {
      config: HEAVY,
      schema: {
        tags,
        summary: 'Who wrote each part of the current text, and each side’s share per section',
        params: IdParams,
        response: { 200: AttributionDto, ...errors },
      },
    },
    async (req) => {
      const { record } = await documentFor(req, deps, req.params.id);
      const seq = await history.currentSeq(record.id);
      const clientUsers = await history.clients.clientUsers(record.id);
      const people = new People(deps.accounts);
      await people.all([...clientUsers.values()].flatMap((u) => (u ? [u] : [])));
      const sections = await withStateAt(deps.store, record.id, seq, (doc) =>
        attributeText(doc, clientUsers, (id) => people.peek(id)?.side ?? null),
      );
      const used = sections.flatMap((s) => s.runs.flatMap((r) => (r.userId ? [r.userId] : [])));
      return { sections, people: await people.all(used) };
    },
  );

  api.post(
    '/api/documents/:id/restore',
    {
      config: HEAVY,
      schema: {
        tags,
        summary: 'Restore a version: a new version on top, with a reason; history is kept',
        params: IdParams,
        body: RestoreBody,
        response: { 201: z.object({ id: z.string(), seq: z.number() }), ...errors },
      },
    },
    async (req, reply) => {
      const { record, principal } = await documentFor(req, deps, req.params.id, 'document:edit');
      const v = await history.restore(
        record.id,
        req.body.versionId,
        req.body.reason,
        principal.user.id,
      );
      req.log.info(
        { docId: record.id, versionId: req.body.versionId, restored: v.id },
        'version restored',
      );
      return reply.code(201).send({ id: v.id, seq: v.seq });
    },
  );
}
