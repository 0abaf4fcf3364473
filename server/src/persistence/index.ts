export type { CompactorStats } from './Compactor';
export { Compactor } from './Compactor';
export type {
  Checkpoint,
  DocumentRecord,
  DocumentStore,
  LoggedUpdate,
  StoredState,
  UpdateSource,
} from './DocumentStore';
export { MemoryDocumentStore } from './MemoryDocumentStore';
export { SqliteDocumentStore } from './SqliteDocumentStore';
export { applyStored, stateAt } from './stateAt';
