import {
  CreateDocumentBody,
  CreatedDocument,
  DocumentDto,
  DocumentId,
  DocumentList,
  ErrorBody,
} from '@tandem/protocol';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createDocument } from '../documents';
import { docNotFound } from '../errors';
import type { DocumentRecord, DocumentStore } from '../persistence';

export function toDocumentDto(r: DocumentRecord): DocumentDto {
  return {
    id: r.id,
    type: r.type,
    title: r.title,
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

export function registerDocumentRoutes(app: FastifyInstance, deps: { store: DocumentStore }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { store } = deps;

  api.get(
    '/api/documents',
    {
      schema: {
        summary: 'List the documents the caller may see, most recently updated first',
        tags: ['documents'],
        response: { 200: DocumentList },
      },
    },
    async () => ({ documents: (await store.listDocuments()).map(toDocumentDto) }),
  );

  api.post(
    '/api/documents',
    {
      schema: {
        summary: 'Create a document',
        tags: ['documents'],
        body: CreateDocumentBody,
        response: { 201: CreatedDocument, 400: ErrorBody },
      },
    },
    async (req, reply) => {
      const record = await createDocument(store, req.body);
      req.log.info({ docId: record.id, type: record.type }, 'document created');
      return reply.code(201).send({ id: record.id });
    },
  );

  api.get(
    '/api/documents/:id',
    {
      schema: {
        summary: 'One document’s metadata',
        tags: ['documents'],
        params: z.object({ id: z.string() }),
        response: { 200: DocumentDto, 404: ErrorBody },
      },
    },
    async (req) => {
      const { id } = req.params;
      const record = DocumentId.safeParse(id).success ? await store.getDocument(id) : null;
      if (!record) throw docNotFound();
      return toDocumentDto(record);
    },
  );
}
