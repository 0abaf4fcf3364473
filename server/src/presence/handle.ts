import type { ClientToServerEvents } from '@tandem/protocol';
import type { z } from 'zod';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { SocketError, type TandemSocket } from './socketTypes';

type EventName = keyof ClientToServerEvents;
type AckOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[1];
type DataOf<E extends EventName> =
  AckOf<E> extends (res: infer R) => void
    ? R extends { ok: true; data: infer D }
      ? D
      : never
    : never;

/**
 * Registers one client event: parses the payload with `schema` at the edge, runs `run`, and
 * answers the ack with `{ ok, data }` or `{ ok: false, code, message }`. A client without an
 * ack callback still gets the action done; unexpected errors are logged, not leaked.
 */
export function handle<E extends EventName, S extends z.ZodType>(
  socket: TandemSocket,
  event: E,
  schema: S,
  log: Logger,
  run: (payload: z.infer<S>) => Promise<DataOf<E>>,
): void {
  const listener = async (raw: unknown, ack: unknown) => {
    const reply = typeof ack === 'function' ? (ack as (res: unknown) => void) : () => undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      reply({ ok: false, code: 'VALIDATION_FAILED', message: parsed.error.issues[0]?.message });
      return;
    }
    try {
      reply({ ok: true, data: await run(parsed.data) });
    } catch (err) {
      if (err instanceof SocketError) {
        reply({ ok: false, code: err.code, message: err.message });
      } else if (err instanceof AppError && err.code === 'WORKSPACE_NOT_FOUND') {
        reply({ ok: false, code: err.code, message: err.message });
      } else {
        log.error({ err, event }, 'socket event failed');
        reply({ ok: false, code: 'INTERNAL', message: 'internal error' });
      }
    }
  };
  // socket.io's typed `on` cannot express a generic event name; the edge parse makes it safe.
  (socket as unknown as { on(e: string, l: typeof listener): void }).on(event, listener);
}
