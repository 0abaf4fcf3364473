import type { DocumentType } from '@tandem/domain';
import type { CommentStore } from './CommentStore';
import type { SignoffStore } from './SignoffStore';
import type { VersionStore } from './VersionStore';

/** Document metadata; content lives in the Y.Doc, rebuilt from the update log. */
export interface DocumentRecord {
  id: string;
  /** The workspace whose members may see it (null only for documents made before workspaces). */
  workspaceId: string | null;
  type: DocumentType;
  title: string;
  createdAt: number;
  updatedAt: number;
}

export type NewDocument = Pick<DocumentRecord, 'id' | 'type' | 'title'> & {
  workspaceId?: string | null;
};

/** Who an update came from, recorded with it so history and attribution can be built on it. */
export interface UpdateSource {
  /** The connection that sent it (`server:<reason>` for server-made changes). */
  connId: string;
  /** The signed-in user, once accounts exist. */
  userId: string | null;
  /** Yjs client ids whose structs the update carries. */
  clientIds: readonly number[];
}

/** One update to append, with who it came from. */
export interface AppendEntry {
  update: Uint8Array;
  source: UpdateSource;
}

export interface LoggedUpdate extends UpdateSource {
  seq: number;
  update: Uint8Array;
  createdAt: number;
}

/** What one logged update says about its author, without its (possibly large) payload. */
export interface UpdateMeta extends UpdateSource {
  seq: number;
  createdAt: number;
}

/** An update's metadata, and its payload only if it deletes something (the deletion index, H6). */
export interface UpdateDeletes extends UpdateMeta {
  /** The whole update when its delete set is not empty; null for one that only inserts. */
  deletes: Uint8Array | null;
}

/** History's own tables, kept in the same storage as the log they point into. */
export interface HistoryStores {
  versions: VersionStore;
  comments: CommentStore;
  signoffs: SignoffStore;
}

export interface Checkpoint {
  /** The state includes every logged update with `seq <= this.seq`. */
  seq: number;
  state: Uint8Array;
  createdAt: number;
}

/** What a room needs to rebuild a document: the newest checkpoint and the updates after it. */
export interface StoredState {
  checkpoint: Checkpoint | null;
  updates: Uint8Array[];
  /** The seq of each of `updates`, so a replay can name the one that failed. */
  updateSeqs: number[];
  /** The seq of the newest update the state includes (0 for an empty log). */
  lastSeq: number;
}

/** What a merge of old history removes (H15), and the points of it that stay. */
export interface MergePlan {
  /** Logged updates and checkpoints with `seq <= uptoSeq` are removed… */
  uptoSeq: number;
  /**
   * …except those at these seqs. Each kept seq up to `uptoSeq` must already have a checkpoint
   * and `uptoSeq` must be one of them, so every kept point and the live document still load.
   */
  keepSeqs: readonly number[];
}

export interface MergeResult {
  updatesDeleted: number;
  checkpointsDeleted: number;
}

/**
 * The port the sync layer talks to. Appends are durable when the promise resolves; an
 * implementation that cannot read or write rejects with a StoreError, never pretends.
 * The log is append-only: checkpoints are added beside it and no logged update is changed, so
 * every logged point in time stays reachable. `packLog` only changes how updates are stored,
 * never what any read returns. The one exception is `mergeHistory` (retention, H15), which
 * only ever removes logged updates, and is never called unless configured.
 */
export interface DocumentStore {
  createDocument(doc: NewDocument): Promise<DocumentRecord>;
  /** Null for a document that does not exist or was deleted. */
  getDocument(id: string): Promise<DocumentRecord | null>;
  /** Most recently updated first; only those of the given workspaces when a filter is given. */
  listDocuments(filter?: { workspaceIds: readonly string[] }): Promise<DocumentRecord[]>;
  /** Marks a document deleted; its log is kept for the record. */
  deleteDocument(id: string): Promise<void>;

  /**
   * Appends one update and returns its sequence number (1, 2, 3… per document). Appends to a
   * document are logged in the order they were called, even when a caller does not wait for
   * one before making the next.
   */
  appendUpdate(docId: string, update: Uint8Array, source: UpdateSource): Promise<number>;
  /**
   * Appends several updates atomically, in order, and returns their sequence numbers: all are
   * durable when the promise resolves, or none is logged.
   */
  appendUpdates(docId: string, entries: readonly AppendEntry[]): Promise<number[]>;
  /**
   * The newest checkpoint at or before `atSeq` and the logged updates after it up to `atSeq`
   * (the whole log when omitted), read at one instant: a concurrent merge never splits it.
   */
  loadState(docId: string, atSeq?: number): Promise<StoredState>;
  /** Logged updates with `afterSeq < seq <= uptoSeq`, in order. */
  readUpdates(docId: string, afterSeq: number, uptoSeq?: number): Promise<LoggedUpdate[]>;

  /** Who sent each logged update with `afterSeq < seq <= uptoSeq`, and when; no payloads. */
  updateMeta(docId: string, afterSeq: number, uptoSeq?: number): Promise<UpdateMeta[]>;
  /**
   * The metadata of every logged update after `afterSeq`, with the payload only of those that
   * delete something: most updates are typing, and the deletion index needs no other payload.
   */
  updateDeletes(docId: string, afterSeq: number): Promise<UpdateDeletes[]>;
  /** The seq of the newest logged update (0 for an empty log). */
  lastSeq(docId: string): Promise<number>;
  /** The seq of the newest logged update made at or before `time` (0 when none was). */
  seqAtTime(docId: string, time: number): Promise<number>;
  /**
   * When each logged update was made, in seq order, up to (not including) the first one made
   * at or after `before`: the stretch of the log retention may merge (H15). Clocks may step
   * back, so a later update made before `before` is not part of it.
   */
  updateTimesBefore(docId: string, before: number): Promise<{ seq: number; createdAt: number }[]>;

  writeCheckpoint(docId: string, seq: number, state: Uint8Array): Promise<void>;
  /** The newest checkpoint with `seq <= atOrBefore` (the newest of all when omitted). */
  latestCheckpoint(docId: string, atOrBefore?: number): Promise<Checkpoint | null>;
  /** The seqs that have a checkpoint, ascending, without loading their states. */
  checkpointSeqs(docId: string): Promise<number[]>;

  /**
   * Retention (H15): removes the logged updates and checkpoints of `plan` in one transaction,
   * or nothing at all (StoreError) when a kept seq has no checkpoint or `uptoSeq` is not kept
   * or lies beyond the log. The seq of every version in the history stores is kept too, read
   * in the same transaction: a version made after the caller drew up its plan is never merged
   * away (the merge is refused until its checkpoint is written). The logged update at a kept
   * seq stays, so its time and author do.
   */
  mergeHistory(docId: string, plan: MergePlan): Promise<MergeResult>;
  /**
   * Deletes those of the given checkpoints that the log can rebuild: each only if every update
   * between the checkpoint kept before it (or the empty document) and it is still logged, so
   * no point in time is lost. Never the newest checkpoint. Returns how many went.
   */
  pruneCheckpoints(docId: string, seqs: readonly number[]): Promise<number>;

  /**
   * Moves the logged updates with `seq <= uptoSeq` that are still stored one by one into
   * compact runs, in one transaction, and returns how many moved. Storage only: every read
   * returns them as before, with their seqs, times and authors. The compactor calls it after a
   * checkpoint covers them; appends keep going to the loose log. A store with nothing to gain
   * (memory) moves nothing.
   */
  packLog(docId: string, uptoSeq: number): Promise<number>;

  /**
   * Who first logged each Yjs client id of the document (null: the server). Appends record it;
   * the first person to use a client id holds it, so a room can refuse another person's.
   */
  clientOwners(docId: string): Promise<ReadonlyMap<number, string | null>>;

  /**
   * The stores of history's own tables (versions, the client-id and deletion indexes,
   * comments) in the same storage as this log; the same objects on every call.
   */
  historyStores(): HistoryStores;

  /** Resolves when the store answers a write; used by /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
