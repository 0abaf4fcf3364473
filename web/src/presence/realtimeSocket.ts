import {
  type Ack,
  type ClientToServerEvents,
  type ServerToClientEvents,
  SOCKET_PATH,
} from '@tandem/protocol';
import { io, type Socket } from 'socket.io-client';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type EventName = keyof ClientToServerEvents;
type PayloadOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];
type DataOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[1] extends (
  res: Ack<infer D>,
) => void
  ? D
  : never;

/** How long an ack may take before the call is reported as a network failure. */
const ACK_TIMEOUT_MS = 10_000;

/**
 * The tab's socket.io connection: same origin, so the session cookie authenticates it (P1).
 * socket.io reconnects on its own with backoff; callers re-join their rooms on `connect`.
 */
export function createRealtimeSocket(): RealtimeSocket {
  return io({
    path: SOCKET_PATH,
    withCredentials: true,
    transports: ['websocket', 'polling'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });
}

/** A failed ack, or `NETWORK` when the server did not answer in time. */
export type CallFailure = { ok: false; code: string; message: string };

/** Sends one client event and resolves with its ack; never rejects. */
export function call<E extends EventName>(
  socket: RealtimeSocket,
  event: E,
  payload: PayloadOf<E>,
): Promise<Ack<DataOf<E>> | CallFailure> {
  return new Promise((resolve) => {
    // socket.io's typed emit cannot take a generic event name; the event map still types the call.
    const emitter = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emit(e: string, p: unknown, cb: (err: Error | null, res: Ack<DataOf<E>>) => void): void;
    };
    emitter.emit(event, payload, (err, res) => {
      if (err) resolve({ ok: false, code: 'NETWORK', message: err.message });
      else resolve(res);
    });
  });
}
