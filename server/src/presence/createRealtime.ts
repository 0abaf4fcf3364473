import type { Server as HttpServer } from 'node:http';
import { SOCKET_PATH } from '@tandem/protocol';
import { Server } from 'socket.io';
import type { AuthService } from '../auth';
import type { HealthCheck } from '../http';
import type { Logger } from '../logger';
import { closeRedis, type RedisClient } from '../redis';
import { SocketQuota } from '../SocketQuota';
import { MemoryPresenceRegistry } from './MemoryPresenceRegistry';
import {
  DEFAULT_PRESENCE_OPTIONS,
  type DocumentWorkspace,
  PresenceHub,
  type PresenceOptions,
} from './PresenceHub';
import { RedisPresenceRegistry } from './RedisPresenceRegistry';
import { socketAuth } from './socketAuth';
import type { TandemServer, TandemSocket } from './socketTypes';

export interface RealtimeDeps {
  server: HttpServer;
  auth: AuthService;
  log: Logger;
  allowedOrigins: readonly string[];
  redis?: RedisClient | undefined;
  options?: Partial<PresenceOptions> | undefined;
  /** Connections one person may hold here (TANDEM_MAX_SOCKETS_PER_USER); 0: no limit. */
  maxSocketsPerUser: number;
  documentWorkspace: DocumentWorkspace;
}

export interface Realtime {
  io: TandemServer;
  presence: PresenceHub;
  /** Closes the sockets of whoever matches; clients reconnect and are checked again. */
  disconnectWhere(match: (socket: TandemSocket) => boolean): void;
  check: HealthCheck;
  close(): Promise<void>;
}

/** The room of every socket one person has open, on every node. */
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * socket.io on the app's own HTTP server (same port, path `/socket.io`), with the Redis adapter
 * and registry when Redis is configured so every node sees the same people.
 */
export async function createRealtime(deps: RealtimeDeps): Promise<Realtime> {
  const opts = { ...DEFAULT_PRESENCE_OPTIONS, ...deps.options };
  const log = deps.log;
  const io: TandemServer = new Server(deps.server, {
    path: SOCKET_PATH,
    serveClient: false,
    pingInterval: opts.pingIntervalMs,
    pingTimeout: opts.pingTimeoutMs,
    // Upgrades for other paths (the y-websocket /sync endpoint) are not ours to end.
    destroyUpgrade: false,
    maxHttpBufferSize: 64 * 1024,
  });
  const closers: (() => Promise<unknown>)[] = [];
  if (deps.redis) {
    const pub = deps.redis.duplicate();
    const sub = pub.duplicate();
    for (const client of [pub, sub]) {
      // The main client reports Redis outages; these would only repeat it.
      client.on('error', () => undefined);
      client.connect().catch(() => undefined);
      closers.push(() => closeRedis(client));
    }
    // The adapter never awaits its publishes and subscribes; one rejected while Redis drops (or
    // at shutdown) would be an unhandled rejection. A lost fan-out only delays other nodes
    // until the next snapshot, and node-redis re-subscribes on reconnect.
    swallowRejections(pub, ['publish', 'sPublish']);
    swallowRejections(sub, ['subscribe', 'pSubscribe', 'sSubscribe']);
    // Loaded only with Redis: a single node never pays for it.
    const { createAdapter } = await import('@socket.io/redis-adapter');
    io.adapter(createAdapter(pub, sub));
  }
  const registry = deps.redis
    ? new RedisPresenceRegistry(deps.redis, opts.ttlMs, log, opts.redisTimeoutMs)
    : new MemoryPresenceRegistry(opts.ttlMs);
  const presence = new PresenceHub(
    io,
    registry,
    deps.auth.accounts,
    log,
    opts,
    deps.documentWorkspace,
  );
  io.use(socketAuth(deps.auth, deps.allowedOrigins, new SocketQuota(deps.maxSocketsPerUser)));
  io.on('connection', (socket) => {
    // Every tab of a person is in their own room, so the inbox reaches them wherever they are.
    const userId = socket.data.principal?.user.id;
    if (userId) void socket.join(userRoom(userId));
    presence.attach(socket);
  });

  return {
    io,
    presence,
    disconnectWhere(match) {
      for (const socket of io.of('/').sockets.values()) if (match(socket)) socket.disconnect(true);
    },
    check: {
      name: 'presence',
      check: async () => {
        if (presence.isDegraded) throw new Error('presence degraded to this node: redis down');
      },
    },
    async close() {
      await presence.close();
      io.local.disconnectSockets(true);
      io.engine.close();
      await registry.close();
      await Promise.all(closers.map((c) => c()));
    },
  };
}

function swallowRejections(client: RedisClient, methods: readonly string[]): void {
  const target = client as unknown as Record<string, unknown>;
  for (const name of methods) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = (...args: unknown[]) =>
      Promise.resolve(original.apply(client, args)).catch(() => undefined);
  }
}
