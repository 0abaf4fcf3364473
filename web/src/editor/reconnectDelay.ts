export const RECONNECT_BASE_MS = 500;
export const RECONNECT_MAX_MS = 10_000;

/**
 * Delay before reconnect attempt `attempt` (1 for the first retry): exponential backoff with
 * "equal jitter" — half the exponential step is fixed, the other half random. The fixed half
 * keeps a client from hammering a struggling server; the random half spreads the clients that a
 * server restart disconnected at the same instant, so they do not all come back in lockstep.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 20));
  const step = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** exponent);
  return Math.round(step / 2 + random() * (step / 2));
}

/** A short random delay for "the network is back": immediate-ish, but still not in lockstep. */
export function onlineDelay(random: () => number = Math.random): number {
  return Math.round(random() * RECONNECT_BASE_MS * 2);
}
