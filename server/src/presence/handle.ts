import type { ClientToServerEvents } from '@tandem/protocol';
import type { z } from 'zod';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { type Rate, RateBudget } from '../RateBudget';
import { SocketError, type TandemSocket } from './socketTypes';

type EventName = keyof ClientToServerEvents;
type AckOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[1];
type DataOf<E extends EventName> =
  AckOf<E> extends (res: infer R) => void
    ? R extends { ok: true; data: infer D }
      ? D
      : never
    : never;

const CALLS: Rate = { perSecond: 5, burst: 30 };
const MOVES: Rate = { perSecond: 20, burst: 60 };

/**
 * What one socket may send, per kind of event. The web app sends a presence update at most every
 * 250 ms and the rest on a click; a script can send thousands a second, each one a store read or
 * a registry write (Redis on a cluster) that everyone else on the node waits behind.
 */
export const EVENT_RATES: Readonly<Record<EventName, Rate>> = {
  'presence:join': CALLS,
  'presence:update': MOVES,
  'presence:leave': CALLS,
  'session:schedule': CALLS,
  'session:list': CALLS,
  'session:get': CALLS,
  'session:start': CALLS,
  'session:join': CALLS,
  'session:leave': CALLS,
  'session:presenter': CALLS,
  'session:present': MOVES,
  'session:follow': MOVES,
  'session:motion': CALLS,
  'session:vote': CALLS,
  'session:decide': CALLS,
  'session:end': CALLS,
};

/** A socket refused this many events within the window is disconnected: it is not a person. */
export const FLOOD_DISCONNECT = { refusals: 200, windowMs: 10_000 };

/** One socket's budgets and its recent refusals. */
class SocketBudget {
  readonly rates = new RateBudget(EVENT_RATES);
  private refusals = 0;
  private windowStart = 0;

  /** Counts a refusal; true when the socket has now been refused too often to keep. */
  refused(now = performance.now()): boolean {
    if (now - this.windowStart > FLOOD_DISCONNECT.windowMs) {
      this.windowStart = now;
      this.refusals = 0;
    }
    this.refusals += 1;
    return this.refusals > FLOOD_DISCONNECT.refusals;
  }
}

const budgets = new WeakMap<TandemSocket, SocketBudget>();

function budgetOf(socket: TandemSocket): SocketBudget {
  let budget = budgets.get(socket);
  if (!budget) {
    budget = new SocketBudget();
    budgets.set(socket, budget);
  }
  return budget;
}

/**
 * Registers one client event: checks the socket's budget for it, parses the payload with
 * `schema` at the edge, runs `run`, and answers the ack with `{ ok, data }` or
 * `{ ok: false, code, message }`. An event over budget is answered RATE_LIMITED and not run; a
 * socket that goes on far past its budget is disconnected. A client without an ack callback
 * still gets the action done; unexpected errors are logged, not leaked.
 */
export function handle<E extends EventName, S extends z.ZodType>(
  socket: TandemSocket,
  event: E,
  schema: S,
  log: Logger,
  run: (payload: z.infer<S>) => Promise<DataOf<E>>,
): void {
  const budget = budgetOf(socket);
  const listener = async (raw: unknown, ack: unknown) => {
    const reply = typeof ack === 'function' ? (ack as (res: unknown) => void) : () => undefined;
    if (!budget.rates.tryTake(event)) {
      if (budget.refused()) {
        log.warn({ event, socketId: socket.id }, 'socket flooding events; disconnecting');
        socket.disconnect(true);
        return;
      }
      reply({ ok: false, code: 'RATE_LIMITED', message: `too many ${event} events; slow down` });
      return;
    }
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
