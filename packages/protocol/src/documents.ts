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

/**
 * Where a document stands under R14: `draft` (no version adopted or awaiting), `awaiting-signoff`
 * (a version approved by one leader of the pair, not yet by the other), `adopted` (the newest
 * adopted version is the current text), `changed-since-adoption` (edited after it).
 */
export const DOCUMENT_STATES = [
  'draft',
  'awaiting-signoff',
  'adopted',
  'changed-since-adoption',
] as const;
export const DocumentState = z.enum(DOCUMENT_STATES);
export type DocumentState = z.infer<typeof DocumentState>;

export const DocumentStatus = z.object({
  state: DocumentState,
  /** The caller is the leader whose sign-off the awaiting version needs. */
  awaitingYou: z.boolean(),
  /** The version awaiting sign-off, when there is one. */
  pendingVersionId: z.string().nullable(),
  /** When the newest adopted version was adopted. */
  adoptedAt: z.string().nullable(),
});
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** A document in the list: its metadata and, where known, its status for the caller. */
export const DocumentListItem = DocumentDto.extend({ status: DocumentStatus.optional() });
export type DocumentListItem = z.infer<typeof DocumentListItem>;

export const DocumentList = z.object({ documents: z.array(DocumentListItem) });
export type DocumentList = z.infer<typeof DocumentList>;

export const CreatedDocument = z.object({ id: DocumentId });
export type CreatedDocument = z.infer<typeof CreatedDocument>;
