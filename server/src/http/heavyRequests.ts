import { ErrorCode } from '@tandem/protocol';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';
import { KeyedRate, type Rate } from '../RateBudget';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Counted against the person's allowance of heavy requests (`registerHeavyRequestLimit`). */
    heavy?: boolean;
  }
}

/**
 * What one person may ask of the endpoints marked `HEAVY`, together: 60 at once, then two a
 * second (120 a minute).
 */
export const HEAVY_RATE: Rate = { perSecond: 2, burst: 60 };

/**
 * Route config for requests that rebuild or render a document on the server: a version's
 * content, a diff, attribution, a restore, a sign-off check, a report, an export. Each is tens
 * of milliseconds of the event loop on a long history (bench/README.md "History": a diff
 * 40–60 ms), so one person sending them in a loop would stall every edit on the node.
 */
export const HEAVY = { heavy: true } as const;

/**
 * Counts the requests to `HEAVY` routes per person (per address when signed out, though these
 * all need a sign-in), all such routes against one allowance; past it the answer is 429
 * RATE_LIMITED with Retry-After. Reading lists, comments and settings is cheap and not counted.
 */
export function registerHeavyRequestLimit(app: FastifyInstance, rate: Rate = HEAVY_RATE): void {
  const allowance = new KeyedRate(rate);
  app.addHook('preHandler', async (req, reply) => {
    if (!req.routeOptions.config?.heavy) return;
    const waitMs = allowance.tryTake(req.principal?.user.id ?? `ip:${req.ip}`);
    if (waitMs === 0) return;
    const seconds = Math.ceil(waitMs / 1000);
    reply.header('retry-after', String(seconds));
    throw new AppError(
      ErrorCode.RATE_LIMITED,
      429,
      `too many history and export requests; retry in ${seconds} s`,
    );
  });
}
