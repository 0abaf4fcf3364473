export type {
  CommentKind,
  CommentRecord,
  CommentStore,
  ThreadRecord,
} from './CommentStore';
export type { CompactorStats } from './Compactor';
export { Compactor } from './Compactor';
export { DelegatingDocumentStore } from './DelegatingDocumentStore';
export type {
  AppendEntry,
  Checkpoint,
  DocumentRecord,
  DocumentStore,
  HistoryStores,
  LoggedUpdate,
  MergePlan,
  MergeResult,
  NewDocument,
  StoredState,
  UpdateDeletes,
  UpdateMeta,
  UpdateSource,
} from './DocumentStore';
export { InvalidUpdateError, inspectUpdate, type UpdateSummary } from './inspectUpdate';
export { MemoryCommentStore } from './MemoryCommentStore';
export { MemoryDocumentStore } from './MemoryDocumentStore';
export { MemorySignoffStore } from './MemorySignoffStore';
export { MemoryVersionStore } from './MemoryVersionStore';
export type { SqliteDatabase } from './openDatabase';
export { openDatabase } from './openDatabase';
export {
  type Decision,
  GENESIS_HASH,
  type NewSignoff,
  recordHash,
  type SignoffRecord,
  type SignoffStore,
  verifyChain,
} from './SignoffStore';
export { SqliteCommentStore } from './SqliteCommentStore';
export { SqliteDocumentStore } from './SqliteDocumentStore';
export { SqliteSignoffStore } from './SqliteSignoffStore';
export { SqliteVersionStore } from './SqliteVersionStore';
export {
  encodeVerifiedState,
  loadDocument,
  type Replayed,
  type ReplayProblem,
  replayStored,
  stateAt,
} from './stateAt';
export type {
  IndexBatch,
  IndexedClient,
  IndexedDeletion,
  NewVersionRecord,
  VersionRecord,
  VersionStore,
} from './VersionStore';
