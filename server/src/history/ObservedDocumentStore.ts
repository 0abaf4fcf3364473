import type {
  AppendEntry,
  DocumentStore,
  MergePlan,
  NewDocument,
  UpdateSource,
} from '../persistence';

/**
 * The store as the rooms see it: the same store, telling history about each logged update
 * once it is durable. Decorating the port keeps the sync layer unaware of history.
 */
export class ObservedDocumentStore implements DocumentStore {
  constructor(
    private readonly inner: DocumentStore,
    private readonly onAppended: (docId: string, seq: number, source: UpdateSource) => void,
  ) {}

  createDocument(doc: NewDocument) {
    return this.inner.createDocument(doc);
  }
  getDocument(id: string) {
    return this.inner.getDocument(id);
  }
  listDocuments(filter?: { workspaceIds: readonly string[] }) {
    return this.inner.listDocuments(filter);
  }
  deleteDocument(id: string) {
    return this.inner.deleteDocument(id);
  }
  async appendUpdate(docId: string, update: Uint8Array, source: UpdateSource) {
    const seq = await this.inner.appendUpdate(docId, update, source);
    this.onAppended(docId, seq, source);
    return seq;
  }
  async appendUpdates(docId: string, entries: readonly AppendEntry[]) {
    const seqs = await this.inner.appendUpdates(docId, entries);
    for (const [i, seq] of seqs.entries()) {
      this.onAppended(docId, seq, (entries[i] as AppendEntry).source);
    }
    return seqs;
  }
  loadState(docId: string, atSeq?: number) {
    return this.inner.loadState(docId, atSeq);
  }
  readUpdates(docId: string, afterSeq: number, uptoSeq?: number) {
    return this.inner.readUpdates(docId, afterSeq, uptoSeq);
  }
  writeCheckpoint(docId: string, seq: number, state: Uint8Array) {
    return this.inner.writeCheckpoint(docId, seq, state);
  }
  latestCheckpoint(docId: string, atOrBefore?: number) {
    return this.inner.latestCheckpoint(docId, atOrBefore);
  }
  checkpointSeqs(docId: string) {
    return this.inner.checkpointSeqs(docId);
  }
  mergeHistory(docId: string, plan: MergePlan) {
    return this.inner.mergeHistory(docId, plan);
  }
  pruneCheckpoints(docId: string, seqs: readonly number[]) {
    return this.inner.pruneCheckpoints(docId, seqs);
  }
  ping() {
    return this.inner.ping();
  }
  close() {
    return this.inner.close();
  }
}
