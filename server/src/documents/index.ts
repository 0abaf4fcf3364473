export { createDocument, newDocumentId } from './createDocument';
