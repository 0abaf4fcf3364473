import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerHandle, type StartOptions, startServer } from './servers';
import type { ServerKind } from './wire';

/** The server set-ups the two-node fan-out bench compares, in the order it runs them. */
export const SETUP_NAMES = [
  'tandem-1',
  'tandem-1-pg',
  'tandem-2-pg',
  'hocuspocus-1',
  'hocuspocus-2',
] as const;
export type SetupName = (typeof SETUP_NAMES)[number];

interface SetupSpec {
  kind: ServerKind;
  nodes: 1 | 2;
  /** Tandem: PostgreSQL + Redis instead of SQLite alone. Hocuspocus: Redis, one shared file. */
  shared: boolean;
  label: string;
}

export const SETUPS: Record<SetupName, SetupSpec> = {
  'tandem-1': { kind: 'tandem', nodes: 1, shared: false, label: 'Tandem 1 node, SQLite' },
  'tandem-1-pg': { kind: 'tandem', nodes: 1, shared: true, label: 'Tandem 1 node, PG + Redis' },
  'tandem-2-pg': { kind: 'tandem', nodes: 2, shared: true, label: 'Tandem 2 nodes, PG + Redis' },
  'hocuspocus-1': { kind: 'hocuspocus', nodes: 1, shared: false, label: 'Hocuspocus 1, SQLite' },
  'hocuspocus-2': {
    kind: 'hocuspocus',
    nodes: 2,
    shared: true,
    label: 'Hocuspocus 2, Redis ext.',
  },
};

export interface ClusterOptions extends Pick<StartOptions, 'idleMs' | 'logDir'> {
  /** A database on the PostgreSQL server to connect to while creating the run's own database. */
  adminDatabaseUrl: string;
  redisUrl: string;
}

/** The nodes of one set-up, started; stop() ends them and drops what they shared. */
export interface Cluster {
  nodes: ServerHandle[];
  stop(): Promise<void>;
}

/** Runs one statement with psql (the bench takes no PostgreSQL driver of its own). */
function psql(url: string, sql: string): void {
  execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qtA', '-c', sql], { stdio: 'pipe' });
}

/**
 * A fresh database per run, so runs neither pile up nor read each other's documents; its URL
 * and a dropper. Tandem migrates it on its first start.
 */
function createDatabase(adminUrl: string): { url: string; drop(): void } {
  const name = `bench_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  psql(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: () => psql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function stopAll(nodes: ServerHandle[]): Promise<void> {
  const results = await Promise.allSettled(nodes.map((node) => node.stop()));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Starts a set-up's nodes one after the other: a second Tandem node must find the schema
 * migrated and the owner seeded by the first, and signs in with the same account.
 */
export async function startCluster(name: SetupName, options: ClusterOptions): Promise<Cluster> {
  const spec = SETUPS[name];
  const base = { idleMs: options.idleMs, logDir: options.logDir };
  if (!spec.shared) {
    const node = await startServer(spec.kind, base);
    return { nodes: [node], stop: () => node.stop() };
  }
  const database = spec.kind === 'tandem' ? createDatabase(options.adminDatabaseUrl) : null;
  // Hocuspocus' instances share one SQLite file, as Tandem's share one database.
  const dataDir = mkdtempSync(join(tmpdir(), `tandem-bench-${name}-`));
  const env = { REDIS_URL: options.redisUrl, ...(database ? { DATABASE_URL: database.url } : {}) };
  const nodes: ServerHandle[] = [];
  const cleanUp = async (): Promise<void> => {
    try {
      await stopAll(nodes);
    } finally {
      database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  try {
    for (let i = 0; i < spec.nodes; i++) {
      nodes.push(await startServer(spec.kind, { ...base, env, dataDir, createOwner: i === 0 }));
    }
  } catch (error) {
    await cleanUp().catch(() => {
      // The start failure is the error worth reporting; cleanup is best effort here.
    });
    throw error;
  }
  return { nodes, stop: cleanUp };
}
