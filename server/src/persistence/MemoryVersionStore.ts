import { randomUUID } from 'node:crypto';
import type {
  IndexBatch,
  IndexedDeletion,
  NewVersionRecord,
  VersionRecord,
  VersionStore,
} from './VersionStore';

interface MemoryIndex {
  indexedSeq: number;
  clients: Map<number, string | null>;
  deletions: IndexedDeletion[];
}

/** History's tables in process memory, beside the MemoryDocumentStore. */
export class MemoryVersionStore implements VersionStore {
  private readonly versions = new Map<string, VersionRecord[]>();
  private readonly indexes = new Map<string, MemoryIndex>();

  async add(input: NewVersionRecord): Promise<VersionRecord> {
    const record: VersionRecord = { ...input, id: randomUUID(), createdAt: Date.now() };
    const list = this.versions.get(input.docId) ?? [];
    list.push(record);
    // Stable: versions at one seq stay in the order they were made.
    list.sort((a, b) => a.seq - b.seq || a.createdAt - b.createdAt);
    this.versions.set(input.docId, list);
    return copy(record);
  }

  async list(docId: string): Promise<VersionRecord[]> {
    return (this.versions.get(docId) ?? []).map(copy);
  }

  async get(docId: string, id: string): Promise<VersionRecord | null> {
    const found = this.versions.get(docId)?.find((v) => v.id === id);
    return found ? copy(found) : null;
  }

  /** The seqs of the document's versions, read in the same step as a merge (H15). */
  seqsOf(docId: string): number[] {
    return (this.versions.get(docId) ?? []).map((v) => v.seq);
  }

  async indexedSeq(docId: string): Promise<number> {
    return this.indexes.get(docId)?.indexedSeq ?? 0;
  }

  async addToIndex(docId: string, batch: IndexBatch): Promise<boolean> {
    const index = this.index(docId);
    if (index.indexedSeq !== batch.afterSeq) return false;
    for (const c of batch.clients) {
      if (index.clients.get(c.clientId) == null) index.clients.set(c.clientId, c.userId);
    }
    index.deletions.push(...batch.deletions.map((d) => ({ ...d })));
    index.indexedSeq = batch.throughSeq;
    return true;
  }

  async indexedClients(docId: string): Promise<Map<number, string | null>> {
    return new Map(this.indexes.get(docId)?.clients);
  }

  async assignClient(docId: string, clientId: number, userId: string): Promise<void> {
    this.index(docId).clients.set(clientId, userId);
  }

  async deletions(docId: string, clientId: number, afterSeq: number, uptoSeq: number) {
    return (this.indexes.get(docId)?.deletions ?? [])
      .filter((d) => d.clientId === clientId && d.seq > afterSeq && d.seq <= uptoSeq)
      .sort((a, b) => a.clock - b.clock)
      .map((d) => ({ clock: d.clock, len: d.len, userId: d.userId }));
  }

  private index(docId: string): MemoryIndex {
    let index = this.indexes.get(docId);
    if (!index) {
      index = { indexedSeq: 0, clients: new Map(), deletions: [] };
      this.indexes.set(docId, index);
    }
    return index;
  }
}

function copy(v: VersionRecord): VersionRecord {
  return { ...v, authors: [...v.authors] };
}
