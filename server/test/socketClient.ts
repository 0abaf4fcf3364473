import type { Ack, ClientToServerEvents, ServerToClientEvents } from '@tandem/protocol';
import { io, type Socket } from 'socket.io-client';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Presence timings short enough that expiries and drops are observable in a test. */
export const FAST_PRESENCE = { ttlMs: 600, flushMs: 50, pingIntervalMs: 200, pingTimeoutMs: 300 };

export interface RealtimeClient {
  socket: ClientSocket;
  /** Emits with an ack and resolves with the server's answer. */
  call<E extends keyof ClientToServerEvents>(
    event: E,
    payload: Parameters<ClientToServerEvents[E]>[0],
  ): Promise<Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]>;
  /** Every payload received for `event`, oldest first. */
  received<E extends keyof ServerToClientEvents>(
    event: E,
  ): Parameters<ServerToClientEvents[E]>[0][];
  close(): void;
}

/** A real socket.io-client, as the browser uses it, on the server's own port. */
export async function connectRealtime(
  url: string,
  token: string | undefined,
  options: { connect?: boolean; headers?: Record<string, string> } = {},
): Promise<RealtimeClient> {
  const socket: ClientSocket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(token ? { auth: { token } } : {}),
    ...(options.headers ? { extraHeaders: options.headers } : {}),
  });
  const log = new Map<string, unknown[]>();
  socket.onAny((event: string, ...args: unknown[]) => {
    const list = log.get(event) ?? [];
    list.push(args[0]);
    log.set(event, list);
  });
  if (options.connect !== false) {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => reject(err));
    });
  }
  return {
    socket,
    call: (event, payload) =>
      new Promise((resolve) => {
        // The typed emit cannot take a generic event name; the server parses the payload anyway.
        (socket.emit as (e: string, p: unknown, ack: (res: unknown) => void) => void)(
          event,
          payload,
          (res) => resolve(res as Ack<never>),
        );
      }),
    received: (event) => (log.get(event) ?? []) as never,
    close: () => socket.close(),
  };
}

export function expectOk<T>(res: Ack<T>): T {
  if (!res.ok) throw new Error(`expected ok, got ${res.code}: ${res.message}`);
  return res.data;
}
