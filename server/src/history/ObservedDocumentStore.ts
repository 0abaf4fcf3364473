import {
  type AppendEntry,
  DelegatingDocumentStore,
  type DocumentStore,
  type UpdateSource,
} from '../persistence';

/**
 * The store as the rooms see it: the same store, telling history about each logged update
 * once it is durable. Decorating the port keeps the sync layer unaware of history.
 */
export class ObservedDocumentStore extends DelegatingDocumentStore {
  constructor(
    inner: DocumentStore,
    private readonly onAppended: (docId: string, seq: number, source: UpdateSource) => void,
  ) {
    super(inner);
  }

  override async appendUpdate(docId: string, update: Uint8Array, source: UpdateSource) {
    const seq = await this.inner.appendUpdate(docId, update, source);
    this.onAppended(docId, seq, source);
    return seq;
  }

  override async appendUpdates(docId: string, entries: readonly AppendEntry[]) {
    const seqs = await this.inner.appendUpdates(docId, entries);
    for (const [i, seq] of seqs.entries()) {
      this.onAppended(docId, seq, (entries[i] as AppendEntry).source);
    }
    return seqs;
  }
}
