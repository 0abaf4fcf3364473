import { createClient } from 'redis';
import type { HealthCheck } from './http';
import type { Logger } from './logger';
import { withTimeout } from './timeout';

export type RedisClient = ReturnType<typeof createClient>;

/**
 * Connects in the background and keeps retrying: a dead Redis degrades readiness and presence,
 * it never stops the server or editing.
 */
export function connectRedis(url: string, log: Logger): RedisClient {
  const client = createClient({
    url,
    socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
  let reported = false;
  client.on('error', (err: unknown) => {
    if (!reported) log.warn({ err }, 'redis unavailable; retrying');
    reported = true;
  });
  client.on('ready', () => {
    if (reported) log.info('redis reconnected');
    reported = false;
  });
  client.connect().catch((err: unknown) => log.warn({ err }, 'redis connect failed; retrying'));
  return client;
}

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
