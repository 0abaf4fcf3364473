import { createClient } from 'redis';
import type { Logger } from './logger';
import type { RedisClient } from './redis';

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
