export type { DocMeta } from './docLayout';
export { initDocLayout, META_MAP, RICH_TEXT_ROOT, readDocMeta, SCHEMA_VERSION } from './docLayout';
export { DOCUMENT_TYPES, DocumentTitle, DocumentType } from './documentTypes';
