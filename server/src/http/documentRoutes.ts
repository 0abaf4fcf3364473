import { can } from '@tandem/domain';
import {
  CloseCode,
  CreateDocumentBody,
  CreatedDocument,
  DocumentDto,
  DocumentId,
  DocumentList,
  type DocumentListItem,
  type DocumentStatus,
  ErrorBody,
  ErrorCode,
} from '@tandem/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AuthService, requirePrincipal } from '../auth';
import { createDocument, type DocOpener, documentReport, readDocument } from '../documents';
import { AppError, docNotFound } from '../errors';
import type { DocumentRecord, DocumentStore } from '../persistence';
import type { RoomManager } from '../sync';
import { toDocumentDto } from './dto';
import { HEAVY } from './heavyRequests';

export interface DocumentRouteDeps {
  store: DocumentStore;
  auth: AuthService;
  rooms: RoomManager;
  /** Each document's sign-off status for the caller; the list carries none without it. */
  statuses?: (
    records: readonly DocumentRecord[],
    userId: string,
  ) => Promise<ReadonlyMap<string, DocumentStatus>>;
}

const tags = ['documents'];
const IdParams = z.object({ id: z.string() });
const DocumentReportDto = z.object({
  documentId: z.string(),
  type: z.string(),
  profileId: z.string(),
  // Shapes are the domain's RuleResult, PlanRollups and Problem (packages/domain).
  results: z.array(z.unknown()),
  rollups: z.record(z.string(), z.unknown()),
  problems: z.array(z.unknown()),
});

export function registerDocumentRoutes(app: FastifyInstance, deps: DocumentRouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { store, auth, rooms } = deps;

  /** The document if the caller is a member of its workspace; otherwise exactly "not found". */
  const visibleDocument = async (req: FastifyRequest, id: string) => {
    const principal = requirePrincipal(req);
    const record = DocumentId.safeParse(id).success ? await store.getDocument(id) : null;
    const role =
      record?.workspaceId && (await auth.accounts.roleOf(record.workspaceId, principal.user.id));
    if (!record || !role) throw docNotFound();
    return { record, role, principal };
  };

  api.get(
    '/api/documents',
    {
      schema: {
        tags,
        summary:
          'Documents the caller may see, most recently updated first, each with its sign-off status',
        querystring: z.object({ workspaceId: z.string().optional() }),
        response: { 200: DocumentList, 401: ErrorBody },
      },
    },
    async (req) => {
      const userId = requirePrincipal(req).user.id;
      const mine = await auth.accounts.workspacesOf(userId);
      const ids = mine
        .map((w) => w.workspace.id)
        .filter((id) => !req.query.workspaceId || id === req.query.workspaceId);
      const records = await store.listDocuments({ workspaceIds: ids });
      const statuses = await deps.statuses?.(records, userId);
      const documents = records.map((r): DocumentListItem => {
        const status = statuses?.get(r.id);
        return status ? { ...toDocumentDto(r), status } : toDocumentDto(r);
      });
      return { documents };
    },
  );

  api.post(
    '/api/documents',
    {
      schema: {
        tags,
        summary: 'Create a document (in the caller’s first workspace unless workspaceId is given)',
        body: CreateDocumentBody,
        response: {
          201: CreatedDocument,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const principal = requirePrincipal(req);
      let workspaceId = req.body.workspaceId;
      if (!workspaceId) {
        const mine = await auth.accounts.workspacesOf(principal.user.id);
        workspaceId = mine.find((w) => can(w.role, 'document:create'))?.workspace.id;
        if (!workspaceId)
          throw new AppError(
            ErrorCode.FORBIDDEN,
            403,
            'no workspace where you may create documents',
          );
      }
      await auth.requireRole(principal, workspaceId, 'document:create');
      const record = await createDocument(store, { ...req.body, workspaceId });
      req.log.info({ docId: record.id, type: record.type, workspaceId }, 'document created');
      return reply.code(201).send({ id: record.id });
    },
  );

  api.get(
    '/api/documents/:id',
    {
      schema: {
        tags,
        summary: 'One document’s metadata',
        params: IdParams,
        response: { 200: DocumentDto, 404: ErrorBody },
      },
    },
    async (req) => toDocumentDto((await visibleDocument(req, req.params.id)).record),
  );

  api.get(
    '/api/documents/:id/report',
    {
      config: HEAVY,
      schema: {
        tags,
        summary: 'The rule report (R1–R16) and rollups, as the web app computes them live',
        params: IdParams,
        response: { 200: DocumentReportDto, 404: ErrorBody },
      },
    },
    async (req) => {
      const { record } = await visibleDocument(req, req.params.id);
      // A standard may read the map it links to, but only within its own workspace.
      const open: DocOpener = async (id, read) => {
        const linked = DocumentId.safeParse(id).success ? await store.getDocument(id) : null;
        if (!linked || linked.workspaceId !== record.workspaceId) return null;
        return readDocument({ store, rooms }, id, read);
      };
      return readDocument({ store, rooms }, record.id, (doc) =>
        documentReport(record.id, record.type, doc, open),
      );
    },
  );

  api.delete(
    '/api/documents/:id',
    { schema: { tags, summary: 'Delete a document (its history is kept)', params: IdParams } },
    async (req, reply) => {
      const { record, role, principal } = await visibleDocument(req, req.params.id);
      if (!can(role, 'document:delete'))
        throw new AppError(ErrorCode.FORBIDDEN, 403, 'your role may not delete documents');
      await store.deleteDocument(record.id);
      // This node's room is flushed before the answer; the other nodes close theirs on word.
      await rooms.closeDocument(record.id, CloseCode.DOC_NOT_FOUND);
      auth.accessChanged({ kind: 'document', docId: record.id });
      await auth.audit(
        record.workspaceId,
        principal.user.id,
        'document.deleted',
        record.id,
        { title: record.title },
        req.ip,
      );
      return reply.code(204).send();
    },
  );
}
