import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import { CloseCode } from '@tandem/protocol';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import {
  type HealthCheck,
  registerDocumentRoutes,
  registerErrorHandler,
  registerHealthRoutes,
  registerWebApp,
  storeCheck,
} from './http';
import type { Logger } from './logger';
import { Compactor, type DocumentStore } from './persistence';
import { type RedisClient, redisCheck } from './redis';
import { openSyncAccess, RoomManager, registerSyncRoutes, type SyncAccess } from './sync';

export interface AppDeps {
  config: Pick<Config, 'webDist' | 'maxMessageBytes' | 'roomIdleMs' | 'checkpointEvery'>;
  log: Logger;
  store: DocumentStore;
  redis?: RedisClient | undefined;
  access?: SyncAccess;
}

export interface TandemApp {
  app: FastifyInstance;
  rooms: RoomManager;
  compactor: Compactor;
}

/**
 * Wires routes, sync and background work around the given dependencies. Tests build their own
 * app with their own store; `main.ts` builds the real one. Closing the app flushes every room,
 * stops compaction and closes the store.
 */
export async function buildApp(deps: AppDeps): Promise<TandemApp> {
  const { config, log, store } = deps;
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    // Per-request lines would drown the sync logs; errors are still logged by the handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    forceCloseConnections: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  const compactor = new Compactor(store, log.child({ module: 'compactor' }));
  const rooms = new RoomManager({
    store,
    compactor,
    log: log.child({ module: 'sync' }),
    idleMs: config.roomIdleMs,
    checkpointEvery: config.checkpointEvery,
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Tandem API', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(fastifyWebsocket, {
    options: { maxPayload: config.maxMessageBytes },
    // Rooms flush and close their sockets with GOING_AWAY before the WebSocket server stops.
    preClose: async function closeRooms(this: FastifyInstance) {
      await rooms.closeAll();
      for (const client of this.websocketServer.clients) client.close(CloseCode.GOING_AWAY);
      await new Promise<void>((resolve) => this.websocketServer.close(() => resolve()));
    },
  });

  const checks: HealthCheck[] = [storeCheck(store)];
  if (deps.redis) checks.push(redisCheck(deps.redis));
  registerHealthRoutes(app, checks);
  registerDocumentRoutes(app, { store });
  registerSyncRoutes(app, {
    rooms,
    store,
    access: deps.access ?? openSyncAccess,
    log: log.child({ module: 'sync' }),
  });
  await registerWebApp(app, config.webDist);

  app.addHook('onClose', async () => {
    await compactor.stop();
    await deps.redis?.close().catch(() => undefined);
    await store.close();
  });
  return { app, rooms, compactor };
}
