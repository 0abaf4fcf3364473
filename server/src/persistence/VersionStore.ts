import type { VersionKind } from '@tandem/protocol';

/** A version (H1): a pointer into the update log, with what was said about it when it was made. */
export interface VersionRecord {
  id: string;
  docId: string;
  seq: number;
  kind: VersionKind;
  label: string | null;
  reason: string | null;
  createdBy: string | null;
  createdAt: number;
  stateHash: string;
  /** Users whose updates fall between the previous version and this one. */
  authors: string[];
  summary: string;
}

export type NewVersionRecord = Omit<VersionRecord, 'id' | 'createdAt'>;

/** A Yjs client id seen in the log, and the person whose update first carried it (H8). */
export interface IndexedClient {
  clientId: number;
  userId: string | null;
  seq: number;
}

/** A run of items deleted by one logged update (H6). */
export interface IndexedDeletion {
  clientId: number;
  clock: number;
  len: number;
  seq: number;
  userId: string | null;
}

/** What indexing the logged updates `afterSeq < seq <= throughSeq` adds. */
export interface IndexBatch {
  afterSeq: number;
  throughSeq: number;
  clients: readonly IndexedClient[];
  deletions: readonly IndexedDeletion[];
}

/**
 * History's own tables: versions, and the client-id and deletion indexes filled from the log
 * and kept when old log rows are merged away (H8, H15), so attribution never depends on the
 * log being complete; the log itself is read through the DocumentStore. Asynchronous, so a
 * driver may answer over the network (PostgreSQL) as well as from a file.
 */
export interface VersionStore {
  add(input: NewVersionRecord): Promise<VersionRecord>;
  /** Oldest first (by seq, then by when they were made). */
  list(docId: string): Promise<VersionRecord[]>;
  get(docId: string, id: string): Promise<VersionRecord | null>;

  /** The seq the indexes reach: every logged update up to it is in them (0 when none). */
  indexedSeq(docId: string): Promise<number>;
  /**
   * Adds a batch to the indexes atomically, only if they still reach exactly `afterSeq` (a
   * concurrent indexer got there first otherwise); returns whether it did. The first person
   * seen with a client id keeps it.
   */
  addToIndex(docId: string, batch: IndexBatch): Promise<boolean>;
  /** Yjs client id → user, as indexed (null: the server). */
  indexedClients(docId: string): Promise<Map<number, string | null>>;
  /** Records who a server-made change (a restore) acted for, over any earlier entry. */
  assignClient(docId: string, clientId: number, userId: string, seq: number): Promise<void>;
  /** Indexed deletions of `clientId`'s items by updates `afterSeq < seq <= uptoSeq`, by clock. */
  deletions(
    docId: string,
    clientId: number,
    afterSeq: number,
    uptoSeq: number,
  ): Promise<{ clock: number; len: number; userId: string | null }[]>;
}
