export { ApiError, createDocument, getDocument, listDocuments } from './apiClient';
export { App } from './App';
