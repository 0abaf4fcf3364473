import {
  type CreateDocumentBody,
  CreatedDocument,
  DocumentDto,
  DocumentList,
  type ExportFormat,
  type ExportLanguage,
  exportPath,
} from '@tandem/protocol';
import { request } from './http';

export function listDocuments(signal?: AbortSignal): Promise<DocumentList> {
  return request('/api/documents', DocumentList, { signal });
}

export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentDto> {
  return request(`/api/documents/${encodeURIComponent(id)}`, DocumentDto, { signal });
}

export function createDocument(body: CreateDocumentBody): Promise<CreatedDocument> {
  return request('/api/documents', CreatedDocument, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

/** Where a document's export downloads from; the session cookie authorises the plain GET. */
export function documentExportUrl(id: string, format: ExportFormat, lang?: ExportLanguage): string {
  return exportPath(id, format, lang);
}
