export { registerAuthRoutes } from './authRoutes';
export { registerDocumentRoutes } from './documentRoutes';
export { toDocumentDto } from './dto';
export { registerErrorHandler } from './errorHandler';
export type { HealthCheck } from './healthRoutes';
export { registerHealthRoutes, storeCheck } from './healthRoutes';
export { registerWebApp } from './webApp';
export { registerWorkspaceRoutes } from './workspaceRoutes';
