import type { AccountStore } from '../auth';
import type { Notifier } from '../inbox';
import type { Logger } from '../logger';
import type { DocumentStore } from '../persistence';
import type { Realtime } from '../presence';
import { SessionService } from './SessionService';
import { sessionHandlers } from './sessionHandlers';

export interface SessionsDeps {
  realtime: Realtime;
  documents: DocumentStore;
  accounts: AccountStore;
  markSessionVersion?: (docId: string, v: { label: string; createdBy: string }) => Promise<void>;
  notifier?: Notifier;
  log: Logger;
}

/** Committee sessions over the realtime sockets, in the session store beside the accounts. */
export function createSessions(deps: SessionsDeps): SessionService {
  const service = new SessionService({
    store: deps.accounts.sideStores().sessions,
    documents: deps.documents,
    accounts: deps.accounts,
    presence: deps.realtime.presence,
    log: deps.log,
    ...(deps.markSessionVersion ? { markSessionVersion: deps.markSessionVersion } : {}),
    ...(deps.notifier ? { notifier: deps.notifier } : {}),
  });
  const attach = sessionHandlers(deps.realtime.io, service, deps.log);
  deps.realtime.io.on('connection', attach);
  return service;
}
