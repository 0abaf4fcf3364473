export type { CompactorStats } from './Compactor';
export { Compactor } from './Compactor';
export type {
  AppendEntry,
  Checkpoint,
  DocumentRecord,
  DocumentStore,
  LoggedUpdate,
  MergePlan,
  MergeResult,
  NewDocument,
  StoredState,
  UpdateSource,
} from './DocumentStore';
export { MemoryDocumentStore } from './MemoryDocumentStore';
export type { SqliteDatabase } from './openDatabase';
export { openDatabase } from './openDatabase';
export { SqliteDocumentStore } from './SqliteDocumentStore';
export { applyStored, stateAt } from './stateAt';
