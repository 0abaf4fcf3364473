import type { FastifyInstance } from 'fastify';
import type { DocumentStore } from '../persistence';
import { withTimeout } from '../timeout';

export interface HealthCheck {
  name: string;
  check(): Promise<void>;
}

export function storeCheck(store: DocumentStore): HealthCheck {
  return { name: 'store', check: () => store.ping() };
}

const CHECK_TIMEOUT_MS = 2000;

/** `/healthz`: the process lives. `/readyz`: every dependency answers within a bound. */
export function registerHealthRoutes(app: FastifyInstance, checks: HealthCheck[]): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await withTimeout(check(), CHECK_TIMEOUT_MS, name);
          return [name, 'ok'] as const;
        } catch (err) {
          app.log.warn({ check: name, err }, 'readiness check failed');
          return [name, 'failing'] as const;
        }
      }),
    );
    const ready = results.every(([, status]) => status === 'ok');
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'unavailable', checks: Object.fromEntries(results) });
  });
}
