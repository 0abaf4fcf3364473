import type { Rate } from '../RateBudget';

/** What a connection may send per second, and in one burst, by kind of frame. */
export const FRAME_RATES = {
  'sync-step-1': { perSecond: 4, burst: 16 },
  update: { perSecond: 200, burst: 1_000 },
  awareness: { perSecond: 60, burst: 200 },
  'query-awareness': { perSecond: 4, burst: 16 },
  auth: { perSecond: 4, burst: 16 },
} as const satisfies Record<string, Rate>;

/**
 * A frame over its budget is not refused: it waits, and while it waits the connection stops
 * reading (see SyncConnection), so a flooding client slows down to the budget at the cost of
 * its own TCP buffers, not the server's memory.
 */
export type FrameKind = keyof typeof FRAME_RATES;
