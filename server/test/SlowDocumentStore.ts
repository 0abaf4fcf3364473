import {
  type AppendEntry,
  DelegatingDocumentStore,
  type DocumentStore,
  type UpdateSource,
} from '../src/persistence';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A store behind a network-like delay, as PostgreSQL will be: the appends and the reads a
 * room loads from resolve late, so DocRoom must never count on an answer in the same tick.
 * `startServer` wraps its store in one when TANDEM_TEST_STORE_DELAY_MS is set.
 */
export class SlowDocumentStore extends DelegatingDocumentStore {
  constructor(
    inner: DocumentStore,
    private readonly delayMs: number,
  ) {
    super(inner);
  }
  override async appendUpdate(docId: string, update: Uint8Array, source: UpdateSource) {
    await wait(this.delayMs);
    return this.inner.appendUpdate(docId, update, source);
  }
  override async appendUpdates(docId: string, entries: readonly AppendEntry[]) {
    await wait(this.delayMs);
    return this.inner.appendUpdates(docId, entries);
  }
  override async loadState(docId: string, atSeq?: number) {
    await wait(this.delayMs);
    return this.inner.loadState(docId, atSeq);
  }
  override async clientOwners(docId: string) {
    await wait(this.delayMs);
    return this.inner.clientOwners(docId);
  }
}
