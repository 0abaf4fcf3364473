import { CompareDocxQuery, ErrorBody, EXPORT_MEDIA_TYPES } from '@tandem/protocol';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentFor, type LoadDiffDeps, loadDiff, textRootsAt } from '../history';
import { HEAVY } from '../http/heavyRequests';
import { compareLabels } from './compareLabels';
import { contentDisposition } from './contentDisposition';
import { exportLabels } from './labels';

/**
 * The history page's comparison as a Word file with tracked changes (issue 12). Registered
 * after the history module starts, since it reads through the history service; the access
 * rules are the diff route's own: whoever may read the document, viewers included, and another
 * workspace's document is "not found".
 */
export function registerCompareDocxRoute(app: FastifyInstance, deps: LoadDiffDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/documents/:id/compare.docx',
    {
      config: HEAVY,
      schema: {
        tags: ['export'],
        summary: 'Two versions compared, as a Word file whose redline is real tracked changes',
        params: z.object({ id: z.string() }),
        querystring: CompareDocxQuery,
        produces: [EXPORT_MEDIA_TYPES.docx],
        response: {
          200: z.any().describe('the file'),
          400: ErrorBody,
          401: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const { record } = await documentFor(req, deps, req.params.id);
      const { lang, tz, ...query } = req.query;
      const { diff, from, to } = await loadDiff(deps, record.id, query);
      const roots = await textRootsAt(deps.store, record.id, to.seq);
      const words = { labels: exportLabels(lang), compare: compareLabels(lang) };
      // docx is loaded on the first redline asked for, not at start.
      const { compareDocx } = await import('./compareDocx');
      const file = await compareDocx(
        {
          title: record.title,
          type: record.type,
          diff,
          from: { ref: query.from, ...from },
          to: { ref: query.to, ...to },
          roots,
          filter: { userId: query.userId, side: query.side },
          date: new Date(to.version?.createdAt ?? Date.now()),
          timeZone: tz,
        },
        words,
      );
      req.log.info(
        { docId: record.id, fromSeq: from.seq, toSeq: to.seq, bytes: file.length },
        'comparison exported',
      );
      return reply
        .header('content-type', EXPORT_MEDIA_TYPES.docx)
        .header('content-disposition', contentDisposition(words.compare.fileName(record.title)))
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );
}
