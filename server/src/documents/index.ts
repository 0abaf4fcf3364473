export { createDocument, type NewDocumentInput, newDocumentId } from './createDocument';
export { type DocOpener, type DocumentReport, documentReport } from './documentReport';
export { readDocument } from './readDocument';
export { type RichBlock, writeRichText } from './writeRichText';
