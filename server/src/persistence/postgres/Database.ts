import type { ColumnType, Generated } from 'kysely';

/**
 * The PostgreSQL schema as Kysely sees it, table by table the same as SQLite's
 * (`../migrations.ts`). Every int8 column reads as a JS number: the pool parses int8 with a
 * range check (openPostgres), so epoch-ms timestamps, seqs and Yjs client ids (uint32) need no
 * string handling. JSON columns are jsonb: written as JSON text, read back parsed.
 */
export interface Database {
  documents: DocumentsTable;
  doc_updates: DocUpdatesTable;
  doc_checkpoints: DocCheckpointsTable;
  doc_log_packs: DocLogPacksTable;
  doc_client_owners: DocClientOwnersTable;
  store_health: StoreHealthTable;

  organisations: OrganisationsTable;
  users: UsersTable;
  workspaces: WorkspacesTable;
  memberships: MembershipsTable;
  dual_pairs: DualPairsTable;
  invitations: InvitationsTable;
  auth_tokens: AuthTokensTable;
  audit_log: AuditLogTable;
  pending_signups: PendingSignupsTable;
  password_resets: PasswordResetsTable;

  doc_versions: DocVersionsTable;
  doc_client_ids: DocClientIdsTable;
  doc_client_index: DocClientIndexTable;
  doc_deletions: DocDeletionsTable;
  doc_signoffs: DocSignoffsTable;
  comment_threads: CommentThreadsTable;
  comments: CommentsTable;

  committee_sessions: CommitteeSessionsTable;
  session_votes: SessionVotesTable;
  policy_versions: PolicyVersionsTable;
  notifications: NotificationsTable;
}

/** A jsonb column: JSON text in, the parsed value out. */
export type Json<T> = ColumnType<T, string, string>;
/** A bytea column: pg hands out Buffers and takes them. */
export type Bytes = ColumnType<Buffer, Buffer, Buffer>;
/** An identity column: the database numbers it, in insertion order. */
export type Identity = ColumnType<number, never, never>;

export interface DocumentsTable {
  id: string;
  workspace_id: string | null;
  type: string;
  title: string;
  created_at: number;
  updated_at: number;
  deleted_at: ColumnType<number | null, never, number>;
}

export interface DocUpdatesTable {
  doc_id: string;
  seq: number;
  data: Bytes;
  created_at: number;
  conn_id: string;
  user_id: string | null;
  client_ids: Json<number[]>;
}

export interface DocCheckpointsTable {
  doc_id: string;
  seq: number;
  state: Bytes;
  created_at: number;
  /** 0: a raw Yjs update; 1: brotli (checkpointState.ts). */
  encoding: ColumnType<number, number | undefined, number>;
}

/** Runs of logged updates in one compressed row each (packedLog.ts). */
export interface DocLogPacksTable {
  doc_id: string;
  last_seq: number;
  first_seq: number;
  count: number;
  min_created_at: number;
  max_created_at: number;
  data: Bytes;
}

export interface DocClientOwnersTable {
  doc_id: string;
  client_id: number;
  user_id: string | null;
  first_seq: number;
}

export interface StoreHealthTable {
  id: number;
  checked_at: number;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  side: string;
  created_at: number;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  organisation_id: string;
  created_at: number;
}

export interface WorkspacesTable {
  id: string;
  name: string;
  created_at: number;
  /** Insertion order, for ties in created_at (SQLite's rowid). */
  pos: Identity;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: string;
  created_at: number;
}

export interface DualPairsTable {
  workspace_id: string;
  kind: string;
  scope: string;
  school_user_id: string;
  enterprise_user_id: string;
  updated_at: number;
}

export interface InvitationsTable {
  id: string;
  workspace_id: string;
  email: string;
  role: string;
  organisation_id: string;
  token_hash: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  revoked_at: number | null;
}

export interface AuthTokensTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  workspace_id: string | null;
  actor_user_id: string | null;
  event: string;
  target: string | null;
  details: Json<Record<string, unknown>>;
  ip: string | null;
  created_at: number;
}

export interface PendingSignupsTable {
  id: string;
  invitation_id: string;
  name: string;
  password_hash: string;
  token_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface DocVersionsTable {
  id: string;
  doc_id: string;
  seq: number;
  kind: string;
  label: string | null;
  reason: string | null;
  created_by: string | null;
  created_at: number;
  state_hash: string;
  authors: Json<string[]>;
  summary: string;
}

export interface DocClientIdsTable {
  doc_id: string;
  client_id: number;
  user_id: string | null;
  first_seq: number;
}

export interface DocClientIndexTable {
  doc_id: string;
  indexed_seq: number;
}

export interface DocDeletionsTable {
  doc_id: string;
  client_id: number;
  clock: number;
  len: number;
  seq: number;
  user_id: string | null;
}

export interface DocSignoffsTable {
  id: string;
  doc_id: string;
  version_id: string;
  state_hash: string;
  user_id: string;
  side: string;
  decision: string;
  comment: string;
  created_at: number;
  chain_pos: number;
  prev_hash: string;
  record_hash: string;
}

export interface CommentThreadsTable {
  id: string;
  doc_id: string;
  anchor: Json<unknown>;
  status: string;
  created_by: string;
  created_at: number;
}

export interface CommentsTable {
  id: string;
  thread_id: string;
  kind: string;
  user_id: string;
  body: string;
  mentions: Json<string[]>;
  created_at: number;
  pos: number;
}

export interface CommitteeSessionsTable {
  id: string;
  workspace_id: string;
  status: string;
  state: Json<unknown>;
  /** Bumped by every save; a save names the one it read (optimistic concurrency). */
  revision: ColumnType<number, number | undefined, number>;
  created_at: number;
  updated_at: number;
  /** Insertion order, for ties in created_at (SQLite's rowid). */
  pos: Identity;
}

export interface SessionVotesTable {
  session_id: string;
  motion_id: string;
  voter_id: string;
  side: string;
  choice: string;
  created_at: number;
}

export interface PolicyVersionsTable {
  doc_id: string;
  version: number;
  override: Json<unknown>;
  profile_id: string;
  changed_by: string | null;
  changed_at: number;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  workspace_id: string;
  kind: string;
  document_id: string | null;
  session_id: string | null;
  subject: string | null;
  actor_id: string | null;
  payload: Json<unknown>;
  created_at: number;
  read_at: number | null;
  done_at: number | null;
  /** Insertion order, for ties in created_at (SQLite's rowid). */
  pos: Identity;
}
