import type {
  Ack,
  ClientToServerEvents,
  PresenceEntry,
  ServerToClientEvents,
  SocketErrorCode,
} from '@tandem/protocol';
import type { Server, Socket } from 'socket.io';
import type { Principal } from '../auth';

/** Set by the handshake check (`principal`) and by `presence:join` (the rest). */
export interface SocketData {
  principal?: Principal;
  presence?: PresenceEntry;
  watch?: boolean;
}

// biome-ignore lint/complexity/noBannedTypes: socket.io's "no inter-server events" is `{}`.
type NoInterServerEvents = {};
export type TandemServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  NoInterServerEvents,
  SocketData
>;
export type TandemSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  NoInterServerEvents,
  SocketData
>;

/** A refusal with a stable code, answered in the ack; never an internal error. */
export class SocketError extends Error {
  constructor(
    readonly code: SocketErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function principalOf(socket: TandemSocket): Principal {
  const principal = socket.data.principal;
  // The handshake check sets it before any event; reaching here without one is a bug.
  if (!principal) throw new SocketError('FORBIDDEN', 'not signed in');
  return principal;
}

export type AckFn<T> = (res: Ack<T>) => void;
