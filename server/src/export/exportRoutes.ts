import {
  PLAN_SECTIONS,
  readCourseStandard,
  readCurriculumMap,
  readDocPolicy,
  readTalentPlan,
} from '@tandem/domain';
import {
  DocumentId,
  ErrorBody,
  ErrorCode,
  EXPORT_FORMATS_BY_TYPE,
  EXPORT_MEDIA_TYPES,
  type ExportFormat,
  type ExportLanguage,
  ExportQuery,
} from '@tandem/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AuthService, requirePrincipal } from '../auth';
import { type DocOpener, documentReport, readDocument } from '../documents';
import { AppError, docNotFound } from '../errors';
import { HEAVY } from '../http/heavyRequests';
import type { DocumentRecord, DocumentStore } from '../persistence';
import type { RoomManager } from '../sync';
import { contentDisposition } from './contentDisposition';
import { courseStandardOutline } from './courseStandardOutline';
import { exportLabels } from './labels';
import type { ExportOutline } from './outline';
import { DEFAULT_PDF_FONT_DIRS, findPdfFonts, PDF_FONT_PACKAGE } from './pdfFonts';
import { planLabels } from './planLabels';
import { RenderPool } from './RenderPool';
import { readNarrative } from './readNarrative';
import { talentPlanOutline } from './talentPlanOutline';

export interface ExportRouteDeps {
  store: DocumentStore;
  auth: AuthService;
  rooms: RoomManager;
  /** Where the PDF fonts are; undefined: the distributions' usual folders. */
  pdfFontDir?: string | undefined;
  /** Lays out Word and PDF files off the event loop; made (and closed with the app) when absent. */
  renderPool?: RenderPool;
}

const tags = ['export'];
const IdParams = z.object({ id: z.string() });
const FileBody = z.any().describe('the file');

/**
 * Downloads of documents as Office files and PDF. Every member may export what they may read, viewers
 * included; another workspace's document is "not found", as on every route.
 */
export function registerExportRoutes(app: FastifyInstance, deps: ExportRouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { store, auth, rooms, pdfFontDir } = deps;
  const pool = deps.renderPool ?? new RenderPool();
  if (!deps.renderPool) app.addHook('onClose', () => pool.close());
  const fontHint = {
    package: PDF_FONT_PACKAGE,
    searched: pdfFontDir ? [pdfFontDir] : DEFAULT_PDF_FONT_DIRS,
  };
  // Loud at start, like a missing Redis: PDF export is off until the fonts are installed.
  if (!findPdfFonts(pdfFontDir))
    app.log.warn(
      fontHint,
      `no CJK font for PDF export: apt-get install ${PDF_FONT_PACKAGE}, or set TANDEM_PDF_FONT_DIR`,
    );

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
  /** A course standard with its course read from the linked map. */
  const standardOutline = async (record: DocumentRecord, lang: ExportLanguage) => {
    const input = await readDocument({ store, rooms }, record.id, (doc) => ({
      standard: readCourseStandard(doc),
      narrative: readNarrative(doc),
    }));
    const mapId = input.standard.info.mapDocumentId;
    const map = mapId ? await opener(record)(mapId, readCurriculumMap) : null;
    return courseStandardOutline({ title: record.title, ...input, map }, exportLabels(lang));
  };
  /** A plan with its program's courses, schedule and rule results read live from its map. */
  const planOutline = async (record: DocumentRecord, lang: ExportLanguage) => {
    const open = opener(record);
    const input = await readDocument({ store, rooms }, record.id, async (doc) => ({
      plan: readTalentPlan(doc),
      narrative: readNarrative(doc, PLAN_SECTIONS),
      // The same rule results as the report and the editor's side panel.
      results: (await documentReport(record.id, record.type, doc, open)).results,
    }));
    const mapId = input.plan.info.mapDocumentId;
    const map = mapId ? await open(mapId, readCurriculumMap) : null;
    return talentPlanOutline(
      { title: record.title, ...input, map },
      exportLabels(lang),
      planLabels(lang),
    );
  };
  /** One outline for both files, so Word and PDF never disagree. */
  const documentOutline = (record: DocumentRecord, lang: ExportLanguage): Promise<ExportOutline> =>
    record.type === 'talent-plan' ? planOutline(record, lang) : standardOutline(record, lang);

  api.get(
    '/api/documents/:id/export.docx',
    {
      config: HEAVY,
      schema: {
        tags,
        summary: 'A course standard or talent plan as a Word file laid out as colleges submit it',
        params: IdParams,
        querystring: ExportQuery,
        produces: [EXPORT_MEDIA_TYPES.docx],
        response: { 200: FileBody, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 503: ErrorBody },
      },
    },
    async (req, reply) => {
      const record = await visibleDocument(req, req.params.id, 'docx');
      const outline = await documentOutline(record, req.query.lang);
      const file = await pool.render({ format: 'docx', outline });
      req.log.info(
        { docId: record.id, type: record.type, bytes: file.length },
        'document exported',
      );
      return send(reply, record, 'docx', file);
    },
  );

  api.get(
    '/api/documents/:id/export.pdf',
    {
      config: HEAVY,
      schema: {
        tags,
        summary: 'A course standard or talent plan as a PDF with the same layout as the Word file',
        params: IdParams,
        querystring: ExportQuery,
        produces: [EXPORT_MEDIA_TYPES.pdf],
        response: { 200: FileBody, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 503: ErrorBody },
      },
    },
    async (req, reply) => {
      const record = await visibleDocument(req, req.params.id, 'pdf');
      const fonts = findPdfFonts(pdfFontDir);
      if (!fonts) {
        // A PDF without the fonts would show boxes for every Chinese character.
        req.log.error(
          fontHint,
          `PDF export needs a CJK font: apt-get install ${PDF_FONT_PACKAGE}, or set TANDEM_PDF_FONT_DIR`,
        );
        throw new AppError(
          ErrorCode.EXPORT_FONT_MISSING,
          503,
          'PDF export is unavailable: the server has no Chinese font installed',
        );
      }
      const outline = await documentOutline(record, req.query.lang);
      const started = performance.now();
      const file = await pool.render({ format: 'pdf', outline, fonts });
      const ms = Math.round(performance.now() - started);
      req.log.info(
        { docId: record.id, type: record.type, bytes: file.length, ms },
        'document exported',
      );
      return send(reply, record, 'pdf', file);
    },
  );

  api.get(
    '/api/documents/:id/export.xlsx',
    {
      config: HEAVY,
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
      // exceljs is ~8 MiB of heap: loaded on the first workbook asked for, not at start.
      const { curriculumMapXlsx } = await import('./curriculumMapXlsx');
      const file = await curriculumMapXlsx({ title: record.title, ...input }, labels);
      req.log.info({ docId: record.id, bytes: file.length }, 'curriculum map exported');
      return send(reply, record, 'xlsx', file);
    },
  );
}
