import type { DocumentType } from '@tandem/domain';

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

export interface LoggedUpdate extends UpdateSource {
  seq: number;
  update: Uint8Array;
  createdAt: number;
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
  lastSeq: number;
}

/**
 * The port the sync layer talks to. Appends are durable when the promise resolves; an
 * implementation that cannot read or write rejects with a StoreError, never pretends.
 * The log is append-only: checkpoints are added beside it and nothing is rewritten, so every
 * logged point in time stays reachable.
 */
export interface DocumentStore {
  createDocument(doc: NewDocument): Promise<DocumentRecord>;
  /** Null for a document that does not exist or was deleted. */
  getDocument(id: string): Promise<DocumentRecord | null>;
  /** Most recently updated first; only those of the given workspaces when a filter is given. */
  listDocuments(filter?: { workspaceIds: readonly string[] }): Promise<DocumentRecord[]>;
  /** Marks a document deleted; its log is kept for the record. */
  deleteDocument(id: string): Promise<void>;

  /** Appends one update and returns its sequence number (1, 2, 3… per document). */
  appendUpdate(docId: string, update: Uint8Array, source: UpdateSource): Promise<number>;
  loadState(docId: string): Promise<StoredState>;
  /** Logged updates with `afterSeq < seq <= uptoSeq`, in order. */
  readUpdates(docId: string, afterSeq: number, uptoSeq?: number): Promise<LoggedUpdate[]>;

  writeCheckpoint(docId: string, seq: number, state: Uint8Array): Promise<void>;
  /** The newest checkpoint with `seq <= atOrBefore` (the newest of all when omitted). */
  latestCheckpoint(docId: string, atOrBefore?: number): Promise<Checkpoint | null>;

  /** Resolves when the store answers; used by /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
