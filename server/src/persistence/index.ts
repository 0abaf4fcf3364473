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
export { Compactor } from './Compactor';
export type { CompactorStats } from './Compactor';
export { applyStored, stateAt } from './stateAt';
