export { App } from './App';
export { ApiError, createDocument, getDocument, listDocuments } from './apiClient';
