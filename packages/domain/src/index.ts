export { DOCUMENT_TYPES, DocumentType, DocumentTitle } from './documentTypes';
export { SCHEMA_VERSION, META_MAP, RICH_TEXT_ROOT, initDocLayout, readDocMeta } from './docLayout';
export type { DocMeta } from './docLayout';
