import type { createClient } from 'redis';
import type { HealthCheck } from './http';
import { withTimeout } from './timeout';

/**
 * Only types from `redis` here: the client library (13 MiB and 90 ms at start) is loaded by
 * `connectRedis`, which a single node without REDIS_URL never imports.
 */
export type RedisClient = ReturnType<typeof createClient>;

export function redisCheck(client: RedisClient): HealthCheck {
  return {
    name: 'redis',
    check: async () => {
      if (!client.isReady) throw new Error('redis not connected');
      await client.ping();
    },
  };
}

/** How long a shutdown lets Redis take what was already sent before dropping it. */
const CLOSE_MS = 2_000;

/**
 * Closes a client without ever holding up a shutdown. node-redis's close() waits for every
 * queued command, and a command sent while Redis is away waits for a reconnect that close()
 * has just stopped: the server never finished stopping. A client that is not connected is
 * destroyed (its queue dropped); one that does not finish closing in time is too.
 */
export async function closeRedis(
  client: Pick<RedisClient, 'isOpen' | 'isReady' | 'close' | 'destroy'>,
): Promise<void> {
  if (!client.isOpen) return;
  if (!client.isReady) {
    client.destroy();
    return;
  }
  try {
    await withTimeout(client.close(), CLOSE_MS, 'redis close');
  } catch {
    if (client.isOpen) client.destroy();
  }
}
