export { DocRoom } from './DocRoom';
export { RoomManager } from './RoomManager';
export type { RoomManagerOptions } from './RoomManager';
export { registerSyncRoutes, openSyncAccess } from './syncRoutes';
export type { SyncAccess } from './syncRoutes';
export { MessageType, MalformedMessageError, decodeMessage } from './messages';
export type { TxOrigin } from './origins';
