export type { CompactorStats } from './Compactor';
export { Compactor } from './Compactor';
export { DelegatingDocumentStore } from './DelegatingDocumentStore';
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
export { InvalidUpdateError, inspectUpdate, type UpdateSummary } from './inspectUpdate';
export { MemoryDocumentStore } from './MemoryDocumentStore';
export type { SqliteDatabase } from './openDatabase';
export { openDatabase } from './openDatabase';
export { SqliteDocumentStore } from './SqliteDocumentStore';
export {
  encodeVerifiedState,
  loadDocument,
  type Replayed,
  type ReplayProblem,
  replayStored,
  stateAt,
} from './stateAt';
