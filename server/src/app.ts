import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { ErrorCode } from '@tandem/protocol';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import {
  type AccountStore,
  AuthService,
  createMailer,
  type Mailer,
  registerAuthHooks,
} from './auth';
import { ClusterRevocations, NodeSockets } from './cluster';
import type { Config } from './config';
import { AppError } from './errors';
import { registerCompareDocxRoute, registerExportRoutes } from './export';
import {
  createHistoryModule,
  DEFAULT_RETENTION_TIMING,
  type HistoryOptions,
  type HistoryService,
  Retention,
  type RetentionOptions,
} from './history';
import {
  type HealthCheck,
  registerAuthRoutes,
  registerDocumentRoutes,
  registerErrorHandler,
  registerHealthRoutes,
  registerWebApp,
  registerWorkspaceRoutes,
  storeCheck,
} from './http';
import { registerHeavyRequestLimit } from './http/heavyRequests';
import { InboxService, registerInboxRoutes } from './inbox';
import type { Logger } from './logger';
import {
  Compactor,
  type DocumentStore,
  MemoryNotificationStore,
  type NotificationStore,
} from './persistence';
import { refusePolicyWrites, startPolicy } from './policy';
import {
  createRealtime,
  type PresenceOptions,
  type Realtime,
  userRoom,
  workspaceRoom,
} from './presence';
import { closeRedis, type RedisClient, redisCheck } from './redis';
import { createSessions } from './sessions';
import {
  AnnouncingDocumentStore,
  type DocFanout,
  LocalFanout,
  RedisFanout,
  RoomManager,
  registerSyncRoutes,
} from './sync';

export type AppConfig = Pick<
  Config,
  | 'webDist'
  | 'maxMessageBytes'
  | 'maxSocketsPerUser'
  | 'roomIdleMs'
  | 'roomRestMs'
  | 'checkpointEvery'
  | 'historyAutoIdleMs'
  | 'historyAutoMaxIntervalMs'
  | 'historyMergeAfterMs'
  | 'historyMergeEveryMs'
  | 'sessionTtlMs'
  | 'inviteTtlMs'
  | 'publicUrl'
  | 'allowedOrigins'
  | 'trustProxy'
  | 'smtpUrl'
  | 'smtpFrom'
> &
  Partial<Pick<Config, 'pdfFontDir'>>;

export interface AppDeps {
  config: AppConfig;
  log: Logger;
  store: DocumentStore;
  accounts: AccountStore;
  /**
   * People's inboxes; `main.ts` passes the SQLite one beside the accounts. Without it they
   * live in memory (benches and tests that never read them).
   */
  notifications?: NotificationStore;
  redis?: RedisClient | undefined;
  /** How rooms reach other nodes: over `redis` when given, else this node alone; tests inject. */
  fanout?: DocFanout;
  mailer?: Mailer;
  /** Auto-version timings; tests shorten them. */
  history?: Partial<HistoryOptions>;
  /** Presence timings; tests shorten them. */
  presence?: Partial<PresenceOptions>;
  /** When history merge passes run, and their clock; tests run them by hand. */
  retention?: Partial<Pick<RetentionOptions, 'startDelayMs' | 'intervalMs' | 'now'>>;
}

export interface TandemApp {
  app: FastifyInstance;
  /** Every route registered, for the authorization table test. */
  routes: { method: string; url: string }[];
  rooms: RoomManager;
  compactor: Compactor;
  /** Merges old history into coarser checkpoints when configured (H15). */
  retention: Retention;
  auth: AuthService;
  /** Versions, restore, diffs (server/src/history). */
  history: HistoryService;
  /** socket.io: presence and committee sessions. */
  realtime: Realtime;
  /** Notifications: mentions, awaited sign-offs, session invitations, actions. */
  inbox: InboxService;
}

/** Content-Security-Policy for the SPA: Lexical styles inline; sync speaks WebSocket. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'", 'ws:', 'wss:'],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/**
 * Wires routes, sync and background work around the given dependencies. Tests build their own
 * app with their own store; `main.ts` builds the real one. Closing the app flushes every room,
 * stops compaction and closes the stores.
 */
export async function buildApp(deps: AppDeps): Promise<TandemApp> {
  const { config, log, store, accounts } = deps;
  const fanout =
    deps.fanout ??
    (deps.redis ? new RedisFanout(deps.redis, log.child({ module: 'fanout' })) : new LocalFanout());
  // Restores and policy writes append without a room when none is open here; other nodes'
  // rooms hear of it through this.
  const announced = new AnnouncingDocumentStore(store, fanout);
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    // Per-request lines would drown the sync logs; errors are still logged by the handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    forceCloseConnections: true,
    // A hop count becomes proxy-addr's own rule (the n nearest hops), which Fastify's types lack.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  const routes: TandemApp['routes'] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });

  // Created once the HTTP server exists; access changes close its sockets too, and comment
  // changes and notifications are announced on it.
  let realtime: Realtime | undefined;
  const mailer =
    deps.mailer ?? createMailer(config.smtpUrl, config.smtpFrom, log.child({ module: 'mail' }));
  const linkBase = () => config.publicUrl ?? config.allowedOrigins[0] ?? listeningOrigin(app);
  const inbox = new InboxService({
    store: deps.notifications ?? new MemoryNotificationStore(),
    accounts,
    mailer,
    linkBase,
    emit: (userId, event, payload) => {
      // The typed emit cannot take a generic event name; both events are in the protocol's map.
      const room = realtime?.io.to(userRoom(userId)) as
        | { emit(e: string, p: unknown): void }
        | undefined;
      room?.emit(event, payload);
    },
    log: log.child({ module: 'inbox' }),
  });
  const historyModule = createHistoryModule({
    store: announced,
    accounts,
    log,
    options: {
      autoIdleMs: config.historyAutoIdleMs,
      autoMaxIntervalMs: config.historyAutoMaxIntervalMs,
      ...deps.history,
    },
    commentsChanged: (workspaceId, documentId) =>
      realtime?.io.to(workspaceRoom(workspaceId)).emit('comments:changed', { documentId }),
    notifier: inbox,
  });
  const compactor = new Compactor(store, log.child({ module: 'compactor' }), {
    keep: async (docId) => [
      ...(await historyModule.versions.list(docId)).map((v) => v.seq),
      ...retention.pinnedSeqs(docId),
    ],
    // An anchor every 50 checkpoints (25,000 updates at the default 500): opening an old point
    // replays at most that many packed updates, ~0.1 s for the 100k-edit bench history, while
    // each anchor costs a compressed state on disk (issue 14: five checkpoints instead of 21
    // take that history from 1.0 to 0.8 MiB).
    anchorEvery: config.checkpointEvery * 50,
  });
  const rooms = new RoomManager({
    // Rooms write through the observed store so client updates feed auto versions.
    store: historyModule.observe(store),
    compactor,
    log: log.child({ module: 'sync' }),
    idleMs: config.roomIdleMs,
    restMs: config.roomRestMs,
    checkpointEvery: config.checkpointEvery,
    // The policy root is the server's to write: owners adopt versions over HTTP.
    refuseUpdate: refusePolicyWrites,
    fanout,
  });
  const auth = new AuthService({
    accounts,
    mailer,
    log: log.child({ module: 'auth' }),
    sessionTtlMs: config.sessionTtlMs,
    inviteTtlMs: config.inviteTtlMs,
    linkBase,
    onAccessChanged: (change) => revocations.revoke(change),
  });
  const sockets = new NodeSockets({
    rooms,
    realtime: () => realtime,
    accounts,
    store,
    log: log.child({ module: 'revocations' }),
  });
  // Every node closes what a revocation made on any node concerns (issue 13).
  const revocations = new ClusterRevocations({
    fanout,
    log: log.child({ module: 'revocations' }),
    close: (change) => sockets.close(change),
    recheck: () => sockets.recheck(),
  });

  await app.register(fastifyHelmet, { contentSecurityPolicy: { directives: CSP_DIRECTIVES } });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new AppError(ErrorCode.RATE_LIMITED, 429, `too many requests; retry in ${ctx.after}`),
  });
  await registerAuthHooks(app, auth);
  registerHeavyRequestLimit(app);
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Tandem API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  // Its preClose (rooms flush and close their sockets) runs before presence's below.
  registerSyncRoutes(app, {
    rooms,
    store,
    auth,
    allowedOrigins: config.allowedOrigins,
    maxPayload: config.maxMessageBytes,
    maxSocketsPerUser: config.maxSocketsPerUser,
    log: log.child({ module: 'sync' }),
  });

  const live = await createRealtime({
    server: app.server,
    auth,
    log: log.child({ module: 'presence' }),
    allowedOrigins: config.allowedOrigins,
    redis: deps.redis,
    options: deps.presence,
    maxSocketsPerUser: config.maxSocketsPerUser,
    documentWorkspace: async (id) => (await store.getDocument(id))?.workspaceId ?? null,
  });
  realtime = live;
  app.addHook('preClose', () => live.close());

  const checks: HealthCheck[] = [storeCheck(store)];
  if (deps.redis) checks.push(redisCheck(deps.redis), live.check);
  registerHealthRoutes(app, checks);
  registerAuthRoutes(app, auth);
  registerWorkspaceRoutes(app, { auth });
  registerDocumentRoutes(app, { store, auth, rooms, statuses: historyModule.statuses });
  registerExportRoutes(app, { store, auth, rooms, pdfFontDir: config.pdfFontDir });
  registerInboxRoutes(app, inbox);
  const history = historyModule.start(app, rooms);
  registerCompareDocxRoute(app, { store, accounts, history });
  startPolicy(app, { store: historyModule.observe(announced), accounts, rooms });
  createSessions({
    realtime: live,
    documents: store,
    accounts,
    markSessionVersion: async (docId, v) => {
      await history.createVersion(docId, { kind: 'session', ...v });
    },
    notifier: inbox,
    log: log.child({ module: 'sessions' }),
  });
  const retention = new Retention({
    store,
    versions: history.versions,
    clients: history.clients,
    log: log.child({ module: 'retention' }),
    pendingSeq: (docId) => history.auto.pendingSeq(docId),
    options: {
      ...DEFAULT_RETENTION_TIMING,
      ...deps.retention,
      mergeAfterMs: config.historyMergeAfterMs,
      bucketMs: config.historyMergeEveryMs,
    },
  });
  await registerWebApp(app, config.webDist);

  app.addHook('onClose', async () => {
    await retention.stop();
    await compactor.stop();
    revocations.close();
    await fanout.close();
    if (deps.redis) await closeRedis(deps.redis);
    await store.close();
  });
  retention.start();
  return { app, routes, rooms, compactor, retention, auth, realtime: live, history, inbox };
}

/** Where the server listens, as an origin; a wildcard bind is reached as localhost. */
function listeningOrigin(app: FastifyInstance): string {
  const address = app.server.address();
  if (!address || typeof address === 'string') return 'http://localhost';
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}
