import {
  type AppendEntry,
  DelegatingDocumentStore,
  type DocumentStore,
  type UpdateSource,
} from '../../persistence';
import type { DocFanout } from './DocFanout';

/**
 * The store as services that append without a room see it (a restore or a policy change while
 * the document is not open on this node): after each append, the other nodes hear that the log
 * grew, and a room open there reads the new updates. Rooms publish their own appends whole and
 * do not go through this.
 */
export class AnnouncingDocumentStore extends DelegatingDocumentStore {
  constructor(
    inner: DocumentStore,
    private readonly fanout: DocFanout,
  ) {
    super(inner);
  }

  override async appendUpdate(docId: string, update: Uint8Array, source: UpdateSource) {
    const seq = await this.inner.appendUpdate(docId, update, source);
    this.fanout.publish(docId, { kind: 'head', seq });
    return seq;
  }

  override async appendUpdates(docId: string, entries: readonly AppendEntry[]) {
    const seqs = await this.inner.appendUpdates(docId, entries);
    const seq = Math.max(0, ...seqs);
    if (seq > 0) this.fanout.publish(docId, { kind: 'head', seq });
    return seqs;
  }
}
