import { z } from 'zod';

/** The kinds of document Tandem edits; each is one Y.Doc (DESIGN.md "Documents"). */
export const DOCUMENT_TYPES = [
  'notes',
  'course-standard',
  'curriculum-map',
  'talent-plan',
] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

export const DocumentTitle = z
  .string()
  .trim()
  .min(1, 'title must not be empty')
  .max(200, 'title must be at most 200 characters');
