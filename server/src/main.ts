import { buildApp } from './app';
import { DEMO_ACCOUNTS, seedDemo } from './auth/seedDemo';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { openConfiguredStores, type Stores } from './persistence';
import type { RedisClient } from './redis';
import { QuietCollector } from './runtime/QuietCollector';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Tandem cannot start: ${err.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const log = createLogger(config.logLevel);
  let stores: Stores;
  try {
    stores = await openConfiguredStores(config, {
      log,
      // pg drops the connection and opens another for the next query; worth a line, no more.
      onIdleError: (err) => log.warn({ err }, 'postgres: an idle connection failed'),
    });
  } catch (err) {
    // SQLite: usually the folder (not writable, not a directory, a full disk). PostgreSQL: not
    // reachable, refused the credentials, or holds a schema from a newer build. The URL is not
    // printed: it may carry a password.
    const reason = err instanceof Error ? err.message : String(err);
    const where = config.databaseUrl ? 'DATABASE_URL' : `DATA_DIR=${config.dataDir}`;
    process.stderr.write(`Tandem cannot start: ${where}: ${reason}\n`);
    process.exit(78); // EX_CONFIG
  }
  const { documents: store, accounts, notifications } = stores;
  if (config.demo) {
    await seedDemo(accounts, store, log);
    // A warning: these passwords are published. It also keeps them visible at LOG_LEVEL=warn.
    log.warn(
      { accounts: DEMO_ACCOUNTS.map((a) => `${a.email} / ${a.password} (${a.role})`) },
      'demo mode: sign in with one of these accounts (TANDEM_DEMO=0 for production)',
    );
  }
  let redis: RedisClient | undefined;
  if (config.redisUrl) {
    // Loaded only here: a single node never pays for the Redis client.
    const { connectRedis } = await import('./connectRedis');
    redis = connectRedis(config.redisUrl, log.child({ module: 'redis' }));
  } else {
    log.warn('REDIS_URL not set: single node; presence and document fan-out stay in this process');
  }
  const { app } = await buildApp({ config, log, store, accounts, notifications, redis });
  // Once per process, not per app: tests build many apps in one.
  const collector = new QuietCollector({ growthBytes: config.quietGcBytes, log });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: flushing documents');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    collector.stop();
    await app.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  const storage = config.databaseUrl ? 'postgresql' : 'sqlite';
  log.info({ address, storage, dataDir: config.dataDir }, `Tandem is ready at ${address}`);
  collector.start();
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Tandem failed to start: ${err instanceof Error ? err.stack : String(err)}\n`,
  );
  process.exit(1);
});
