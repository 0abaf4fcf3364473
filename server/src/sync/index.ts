export { DocRoom } from './DocRoom';
export {
  AnnouncingDocumentStore,
  type DocFanout,
  type FanoutSubscription,
  LocalFanout,
  LocalFanoutHub,
  RedisFanout,
} from './fanout';
export { decodeMessage, MalformedMessageError, MessageType } from './messages';
export type { TxOrigin } from './origins';
export type { RoomManagerOptions } from './RoomManager';
export { RoomManager } from './RoomManager';
export { registerSyncRoutes } from './syncRoutes';
