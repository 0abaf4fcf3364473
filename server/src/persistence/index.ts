export {
  type AccountSideStores,
  type AccountStore,
  AUDIT_EVENTS,
  type AuditEntry,
  type AuditEvent,
  type DualPair,
  type Invitation,
  type Member,
  type NewInvitation,
  type NewUser,
  type Organisation,
  type User,
  type Workspace,
} from './AccountStore';
export type {
  CommentKind,
  CommentRecord,
  CommentStore,
  ThreadRecord,
} from './CommentStore';
export type { CompactorStats } from './Compactor';
export { Compactor } from './Compactor';
export type { CredentialStore, PendingSignup } from './CredentialStore';
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
export { MemoryAccountStore } from './MemoryAccountStore';
export { MemoryCommentStore } from './MemoryCommentStore';
export { MemoryCredentialStore } from './MemoryCredentialStore';
export { MemoryDocumentStore } from './MemoryDocumentStore';
export { MemoryNotificationStore } from './MemoryNotificationStore';
export { MemoryPolicyStore } from './MemoryPolicyStore';
export { MemorySessionStore } from './MemorySessionStore';
export { MemorySignoffStore } from './MemorySignoffStore';
export { MemoryVersionStore } from './MemoryVersionStore';
export type {
  NewNotification,
  NotificationRecord,
  NotificationStore,
} from './NotificationStore';
export type { SqliteDatabase } from './openDatabase';
export { openDatabase } from './openDatabase';
export {
  memoryStores,
  openConfiguredStores,
  openPostgresStores,
  openSqliteStores,
  type Stores,
} from './openStores';
export type { PolicyChange, PolicyStore, PolicyVersion } from './PolicyStore';
export type { NewVote, SessionStore } from './SessionStore';
export {
  type Decision,
  GENESIS_HASH,
  type NewSignoff,
  recordHash,
  type SignoffRecord,
  type SignoffStore,
  verifyChain,
} from './SignoffStore';
export { SqliteAccountStore } from './SqliteAccountStore';
export { SqliteCommentStore } from './SqliteCommentStore';
export { SqliteCredentialStore } from './SqliteCredentialStore';
export { SqliteDocumentStore } from './SqliteDocumentStore';
export { SqliteNotificationStore } from './SqliteNotificationStore';
export { SqlitePolicyStore } from './SqlitePolicyStore';
export { SqliteSessionStore } from './SqliteSessionStore';
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
export { hashToken, newToken } from './tokens';
export type {
  IndexBatch,
  IndexedClient,
  IndexedDeletion,
  NewVersionRecord,
  VersionRecord,
  VersionStore,
} from './VersionStore';
