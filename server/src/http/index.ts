export { registerDocumentRoutes, toDocumentDto } from './documentRoutes';
export { registerErrorHandler } from './errorHandler';
export { registerHealthRoutes, storeCheck } from './healthRoutes';
export type { HealthCheck } from './healthRoutes';
export { registerWebApp } from './webApp';
