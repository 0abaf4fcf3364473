export { registerDocumentRoutes, toDocumentDto } from './documentRoutes';
export { registerErrorHandler } from './errorHandler';
export type { HealthCheck } from './healthRoutes';
export { registerHealthRoutes, storeCheck } from './healthRoutes';
export { registerWebApp } from './webApp';
