import type { FastifyInstance } from 'fastify';
import type { AccountStore } from '../auth';
import type { Notifier } from '../inbox';
import type { Logger } from '../logger';
import type { DocumentRecord, DocumentStore } from '../persistence';
import type { RoomManager } from '../sync';
import { ClientIndex } from './ClientIndex';
import { documentStatuses } from './documentStatus';
import { DEFAULT_HISTORY_OPTIONS, type HistoryOptions, HistoryService } from './HistoryService';
import { registerHistoryRoutes } from './historyRoutes';
import { ObservedDocumentStore } from './ObservedDocumentStore';
import { ReviewService } from './ReviewService';
import { registerReviewRoutes } from './reviewRoutes';

export { attributeText } from './attribution';
export { ClientIndex } from './ClientIndex';
export { type Comparison, compareRange } from './compare';
export { hashDoc, readContent, stateHashAt } from './docContent';
export { documentStatuses, type StatusDeps } from './documentStatus';
export {
  DEFAULT_HISTORY_OPTIONS,
  type HistoryOptions,
  HistoryService,
  type NewVersion,
} from './HistoryService';
export { type LoadDiffDeps, loadDiff, textRootsAt } from './loadDiff';
export { ObservedDocumentStore } from './ObservedDocumentStore';
export {
  bucketEnds,
  DEFAULT_RETENTION_TIMING,
  Retention,
  type RetentionOptions,
  type RetentionStats,
} from './Retention';
export { ReviewService } from './ReviewService';
export { restoreUpdate } from './restoreDoc';
export { documentFor } from './routeSupport';
export { GENESIS_HASH, recordHash, type SignoffStore, verifyChain } from './SignoffStore';
export type { VersionRecord, VersionStore } from './VersionStore';

export interface HistoryModuleDeps {
  /** The log; history's own tables come from the same storage (`store.historyStores()`). */
  store: DocumentStore;
  accounts: AccountStore;
  rooms: RoomManager;
  log: Logger;
  options?: Partial<HistoryOptions>;
  /** Tells a workspace's open pages that a document's comment threads changed. */
  commentsChanged?: (workspaceId: string, documentId: string) => void;
  /** Mentions and awaited sign-offs go to people's inboxes through it. */
  notifier?: Notifier;
}

/**
 * Wires history: its stores from the document store's storage, the services, the routes, and
 * auto versions fed by the rooms' appends (`observe` wraps the store the rooms write through).
 * Pending auto versions are made when the app closes, before the store closes.
 */
export function createHistoryModule(deps: Omit<HistoryModuleDeps, 'rooms'>) {
  const { versions, comments, signoffs } = deps.store.historyStores();
  const clients = new ClientIndex(deps.store, versions);
  const review = new ReviewService({
    store: deps.store,
    versions,
    signoffs,
    comments,
    accounts: deps.accounts,
    ...(deps.notifier ? { notifier: deps.notifier } : {}),
  });
  let history: HistoryService | null = null;
  return {
    /** Each document's sign-off status for a person (the document list). */
    statuses: (records: readonly DocumentRecord[], userId: string) =>
      documentStatuses({ ...deps, versions, signoffs }, records, userId),
    versions,
    clients,
    signoffs,
    comments,
    review,
    /** The store to give the rooms: every client update it logs feeds auto versions. */
    observe: (store: DocumentStore) =>
      new ObservedDocumentStore(store, (docId, seq, source) => {
        if (!source.connId.startsWith('server:')) history?.auto.noteUpdate(docId, seq);
      }),
    get history(): HistoryService {
      if (!history) throw new Error('history module not started');
      return history;
    },
    /** Needs the rooms, which need the observed store: hence two steps. */
    start(app: FastifyInstance, rooms: RoomManager): HistoryService {
      const options = { ...DEFAULT_HISTORY_OPTIONS, ...deps.options };
      const log = deps.log.child({ module: 'history' });
      const service = new HistoryService({
        store: deps.store,
        versions,
        clients,
        rooms,
        log,
        options,
      });
      history = service;
      registerHistoryRoutes(app, {
        store: deps.store,
        accounts: deps.accounts,
        history: service,
        review,
      });
      registerReviewRoutes(app, {
        store: deps.store,
        accounts: deps.accounts,
        history: service,
        review,
        comments,
        signoffs,
        ...(deps.commentsChanged ? { commentsChanged: deps.commentsChanged } : {}),
      });
      // preClose: before the store closes (onClose), so pending auto versions can be written.
      app.addHook('preClose', () => service.auto.stop());
      return service;
    },
  };
}
