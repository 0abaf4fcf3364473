import type { DocumentType } from '@tandem/domain';
import { z } from 'zod';
import { TimeZone } from './events';
import { DiffQuery } from './history';

/**
 * Files a document can be exported as (issue 12). A course standard or talent plan goes out as
 * Word, laid out as colleges submit it, and as a PDF of the same layout; a curriculum map as an
 * Excel workbook with one sheet per view.
 */
export const EXPORT_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** What each document type exports to; a type missing here has no export. */
export const EXPORT_FORMATS_BY_TYPE: Readonly<
  Partial<Record<DocumentType, readonly ExportFormat[]>>
> = {
  'course-standard': ['docx', 'pdf'],
  'talent-plan': ['docx', 'pdf'],
  'curriculum-map': ['xlsx'],
};

export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The language of the labels and headings in the file; the content is as written. */
export const EXPORT_LANGUAGES = ['zh-CN', 'en'] as const;
export const ExportLanguage = z.enum(EXPORT_LANGUAGES);
export type ExportLanguage = z.infer<typeof ExportLanguage>;

export const ExportQuery = z.object({ lang: ExportLanguage.default('zh-CN') });

/** `GET` it to download; the file name comes from the document's title. */
export function exportPath(
  documentId: string,
  format: ExportFormat,
  lang?: ExportLanguage,
): string {
  const query = lang ? `?lang=${encodeURIComponent(lang)}` : '';
  return `/api/documents/${encodeURIComponent(documentId)}/export.${format}${query}`;
}

/**
 * Two versions compared, as a Word file whose redline is real tracked changes (issue 12): the
 * diff's own query (from, to, person, side) plus the file's language and the reader's time
 * zone, in which the versions' times are written.
 */
export const CompareDocxQuery = DiffQuery.extend({
  lang: ExportLanguage.default('zh-CN'),
  tz: TimeZone.default('UTC'),
});
export type CompareDocxQuery = z.input<typeof CompareDocxQuery>;

/** `GET` it to download the comparison; every member who may read the document may. */
export function compareDocxPath(documentId: string, query: CompareDocxQuery): string {
  const params = Object.entries(query)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `/api/documents/${encodeURIComponent(documentId)}/compare.docx?${params}`;
}
