import { DocumentTitle, DocumentType } from '@tandem/domain';
import { z } from 'zod';

export const DocumentId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'document id must be 8-64 letters, digits, "-" or "_"');

export const CreateDocumentBody = z.object({
  /** Defaults to the caller's first workspace in which they may create documents. */
  workspaceId: z.string().min(1).optional(),
  type: DocumentType,
  title: DocumentTitle,
});
export type CreateDocumentBody = z.infer<typeof CreateDocumentBody>;

export const DocumentDto = z.object({
  id: DocumentId,
  workspaceId: z.string().nullable(),
  type: DocumentType,
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentDto = z.infer<typeof DocumentDto>;

export const DocumentList = z.object({ documents: z.array(DocumentDto) });
export type DocumentList = z.infer<typeof DocumentList>;

export const CreatedDocument = z.object({ id: DocumentId });
export type CreatedDocument = z.infer<typeof CreatedDocument>;
