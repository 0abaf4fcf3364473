import { readCourseStandard, readCurriculumMap, readDocPolicy } from '@tandem/domain';
import {
  DocumentId,
  ErrorBody,
  ErrorCode,
  EXPORT_FORMATS_BY_TYPE,
  EXPORT_MEDIA_TYPES,
  type ExportFormat,
  ExportQuery,
} from '@tandem/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AuthService, requirePrincipal } from '../auth';
import { type DocOpener, documentReport, readDocument } from '../documents';
import { AppError, docNotFound } from '../errors';
import type { DocumentRecord, DocumentStore } from '../persistence';
import type { RoomManager } from '../sync';
import { contentDisposition } from './contentDisposition';
import { courseStandardDocx } from './courseStandardDocx';
import { curriculumMapXlsx } from './curriculumMapXlsx';
import { exportLabels } from './labels';
import { readNarrative } from './readNarrative';

export interface ExportRouteDeps {
  store: DocumentStore;
  auth: AuthService;
  rooms: RoomManager;
}

const tags = ['export'];
const IdParams = z.object({ id: z.string() });
const FileBody = z.any().describe('the file');

/**
 * Downloads of documents as Office files. Every member may export what they may read, viewers
 * included; another workspace's document is "not found", as on every route.
 */
export function registerExportRoutes(app: FastifyInstance, deps: ExportRouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { store, auth, rooms } = deps;

  const visibleDocument = async (req: FastifyRequest, id: string, format: ExportFormat) => {
    const principal = requirePrincipal(req);
    const record = DocumentId.safeParse(id).success ? await store.getDocument(id) : null;
    const role =
      record?.workspaceId && (await auth.accounts.roleOf(record.workspaceId, principal.user.id));
    if (!record || !role) throw docNotFound();
    if (!EXPORT_FORMATS_BY_TYPE[record.type]?.includes(format))
      throw new AppError(
        ErrorCode.EXPORT_UNSUPPORTED,
        400,
        `a ${record.type} document has no .${format} export`,
      );
    return record;
  };
  /** A linked document (a standard's map), only from the same workspace. */
  const opener =
    (record: DocumentRecord): DocOpener =>
    async (id, read) => {
      const linked = DocumentId.safeParse(id).success ? await store.getDocument(id) : null;
      if (!linked || linked.workspaceId !== record.workspaceId) return null;
      return readDocument({ store, rooms }, id, read);
    };
  const send = (reply: FastifyReply, record: DocumentRecord, format: ExportFormat, file: Buffer) =>
    reply
      .header('content-type', EXPORT_MEDIA_TYPES[format])
      .header('content-disposition', contentDisposition(`${record.title}.${format}`))
      .header('cache-control', 'private, no-store')
      .send(file);

  api.get(
    '/api/documents/:id/export.docx',
    {
      schema: {
        tags,
        summary: 'A course standard as a Word file laid out as colleges submit it',
        params: IdParams,
        querystring: ExportQuery,
        produces: [EXPORT_MEDIA_TYPES.docx],
        response: { 200: FileBody, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const record = await visibleDocument(req, req.params.id, 'docx');
      const labels = exportLabels(req.query.lang);
      const open = opener(record);
      const input = await readDocument({ store, rooms }, record.id, (doc) => {
        const standard = readCourseStandard(doc);
        return { standard, narrative: readNarrative(doc) };
      });
      const map = input.standard.info.mapDocumentId
        ? await open(input.standard.info.mapDocumentId, readCurriculumMap)
        : null;
      const file = await courseStandardDocx({ title: record.title, ...input, map }, labels);
      req.log.info({ docId: record.id, bytes: file.length }, 'course standard exported');
      return send(reply, record, 'docx', file);
    },
  );

  api.get(
    '/api/documents/:id/export.xlsx',
    {
      schema: {
        tags,
        summary: 'A curriculum map as an Excel workbook: courses, weekly hours, matrix, rules',
        params: IdParams,
        querystring: ExportQuery,
        produces: [EXPORT_MEDIA_TYPES.xlsx],
        response: { 200: FileBody, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const record = await visibleDocument(req, req.params.id, 'xlsx');
      const labels = exportLabels(req.query.lang);
      const input = await readDocument({ store, rooms }, record.id, async (doc) => ({
        snapshot: readCurriculumMap(doc),
        profile: readDocPolicy(doc).profile,
        // The same rule results as the report and the web app's panel.
        results: (await documentReport(record.id, record.type, doc, opener(record))).results,
      }));
      const file = await curriculumMapXlsx({ title: record.title, ...input }, labels);
      req.log.info({ docId: record.id, bytes: file.length }, 'curriculum map exported');
      return send(reply, record, 'xlsx', file);
    },
  );
}
