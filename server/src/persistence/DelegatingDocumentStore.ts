import type {
  AppendEntry,
  DocumentStore,
  MergePlan,
  NewDocument,
  UpdateSource,
} from './DocumentStore';

/**
 * A store that passes every call to another one: decorators (history's observer, the tests'
 * latency injector) extend it and override only what they change.
 */
export class DelegatingDocumentStore implements DocumentStore {
  constructor(protected readonly inner: DocumentStore) {}

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
  appendUpdate(docId: string, update: Uint8Array, source: UpdateSource) {
    return this.inner.appendUpdate(docId, update, source);
  }
  appendUpdates(docId: string, entries: readonly AppendEntry[]) {
    return this.inner.appendUpdates(docId, entries);
  }
  loadState(docId: string, atSeq?: number) {
    return this.inner.loadState(docId, atSeq);
  }
  readUpdates(docId: string, afterSeq: number, uptoSeq?: number) {
    return this.inner.readUpdates(docId, afterSeq, uptoSeq);
  }
  updateMeta(docId: string, afterSeq: number, uptoSeq?: number) {
    return this.inner.updateMeta(docId, afterSeq, uptoSeq);
  }
  updateDeletes(docId: string, afterSeq: number) {
    return this.inner.updateDeletes(docId, afterSeq);
  }
  lastSeq(docId: string) {
    return this.inner.lastSeq(docId);
  }
  seqAtTime(docId: string, time: number) {
    return this.inner.seqAtTime(docId, time);
  }
  updateTimesBefore(docId: string, before: number) {
    return this.inner.updateTimesBefore(docId, before);
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
  packLog(docId: string, uptoSeq: number) {
    return this.inner.packLog(docId, uptoSeq);
  }
  clientOwners(docId: string) {
    return this.inner.clientOwners(docId);
  }
  historyStores() {
    return this.inner.historyStores();
  }
  ping() {
    return this.inner.ping();
  }
  close() {
    return this.inner.close();
  }
}
