export { createRealtime, type Realtime, type RealtimeDeps, userRoom } from './createRealtime';
export { handle } from './handle';
export { MemoryPresenceRegistry } from './MemoryPresenceRegistry';
export {
  DEFAULT_PRESENCE_OPTIONS,
  PresenceHub,
  type PresenceOptions,
  workspaceRoom,
} from './PresenceHub';
export type { PresenceRegistry } from './PresenceRegistry';
export { RedisPresenceRegistry } from './RedisPresenceRegistry';
export {
  type AckFn,
  principalOf,
  type SocketData,
  SocketError,
  type TandemServer,
  type TandemSocket,
} from './socketTypes';
