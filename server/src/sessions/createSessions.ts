import type Database from 'better-sqlite3';
import type { SqliteAccountStore } from '../auth';
import type { Logger } from '../logger';
import type { DocumentStore } from '../persistence';
import type { Realtime } from '../presence';
import { SessionService } from './SessionService';
import { SessionStore } from './SessionStore';
import { sessionHandlers } from './sessionHandlers';

export interface SessionsDeps {
  realtime: Realtime;
  /** The accounts database: sessions belong to workspaces. */
  db: Database.Database;
  documents: DocumentStore;
  accounts: SqliteAccountStore;
  markSessionVersion?: (docId: string, v: { label: string; createdBy: string }) => Promise<void>;
  log: Logger;
}

/** Committee sessions over the realtime sockets, persisted next to the workspaces. */
export function createSessions(deps: SessionsDeps): SessionService {
  const service = new SessionService({
    store: new SessionStore(deps.db),
    documents: deps.documents,
    accounts: deps.accounts,
    presence: deps.realtime.presence,
    log: deps.log,
    ...(deps.markSessionVersion ? { markSessionVersion: deps.markSessionVersion } : {}),
  });
  const attach = sessionHandlers(deps.realtime.io, service, deps.log);
  deps.realtime.io.on('connection', attach);
  return service;
}
