export { createDocument, type NewDocumentInput, newDocumentId } from './createDocument';
export { type DocOpener, type DocumentReport, documentReport } from './documentReport';
export { readDocument } from './readDocument';
// writeRichText is imported where it is used, when it is used: it loads Lexical.
export type { RichBlock } from './writeRichText';
