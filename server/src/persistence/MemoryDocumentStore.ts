import { StoreError } from '../errors';
import type {
  AppendEntry,
  Checkpoint,
  DocumentRecord,
  DocumentStore,
  HistoryStores,
  LoggedUpdate,
  MergePlan,
  NewDocument,
  StoredState,
  UpdateDeletes,
  UpdateMeta,
  UpdateSource,
} from './DocumentStore';
import { MemoryCommentStore } from './MemoryCommentStore';
import { MemorySignoffStore } from './MemorySignoffStore';
import { MemoryVersionStore } from './MemoryVersionStore';
import { keptSeqs, prunableCheckpoints } from './mergePlan';

interface MemoryDoc {
  record: DocumentRecord;
  deleted: boolean;
  /** Ascending by seq; after a merge (H15) seqs have gaps, so never index by seq. */
  updates: LoggedUpdate[];
  checkpoints: Checkpoint[];
  lastSeq: number;
  clientOwners: Map<number, string | null>;
}

/** A DocumentStore in process memory: for tests and throwaway runs; nothing survives a restart. */
export class MemoryDocumentStore implements DocumentStore {
  private readonly docs = new Map<string, MemoryDoc>();
  private closed = false;
  private readonly history = {
    versions: new MemoryVersionStore(),
    comments: new MemoryCommentStore(),
    signoffs: new MemorySignoffStore(),
  } satisfies HistoryStores;

  async createDocument(doc: NewDocument) {
    this.assertOpen();
    if (this.docs.has(doc.id)) throw new StoreError(`document ${doc.id} already exists`);
    const now = Date.now();
    const record: DocumentRecord = {
      id: doc.id,
      type: doc.type,
      title: doc.title,
      workspaceId: doc.workspaceId ?? null,
      createdAt: now,
      updatedAt: now,
    };
    this.docs.set(doc.id, {
      record,
      deleted: false,
      updates: [],
      checkpoints: [],
      lastSeq: 0,
      clientOwners: new Map(),
    });
    return { ...record };
  }

  async getDocument(id: string) {
    this.assertOpen();
    const doc = this.docs.get(id);
    return doc && !doc.deleted ? { ...doc.record } : null;
  }

  async listDocuments(filter?: { workspaceIds: readonly string[] }) {
    this.assertOpen();
    return [...this.docs.values()]
      .filter((d) => !d.deleted)
      .filter((d) => !filter || filter.workspaceIds.includes(d.record.workspaceId ?? ''))
      .map((d) => ({ ...d.record }))
      .sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
  }

  async deleteDocument(id: string) {
    this.require(id).deleted = true;
  }

  async appendUpdate(docId: string, update: Uint8Array, source: UpdateSource) {
    const [seq] = await this.appendUpdates(docId, [{ update, source }]);
    return seq as number;
  }

  async appendUpdates(docId: string, entries: readonly AppendEntry[]) {
    const doc = this.require(docId);
    if (entries.length === 0) return [];
    const createdAt = Date.now();
    const seqs = entries.map(({ update, source }) => {
      const seq = ++doc.lastSeq;
      for (const id of source.clientIds) {
        if (!doc.clientOwners.has(id)) doc.clientOwners.set(id, source.userId);
      }
      doc.updates.push({ ...source, clientIds: [...source.clientIds], seq, update, createdAt });
      return seq;
    });
    doc.record.updatedAt = createdAt;
    return seqs;
  }

  async loadState(docId: string, atSeq = Number.POSITIVE_INFINITY): Promise<StoredState> {
    const doc = this.require(docId);
    const checkpoint = doc.checkpoints.findLast((c) => c.seq <= atSeq) ?? null;
    const after = checkpoint?.seq ?? 0;
    const updates = doc.updates.filter((u) => u.seq > after && u.seq <= atSeq);
    return {
      checkpoint,
      updates: updates.map((u) => u.update),
      updateSeqs: updates.map((u) => u.seq),
      lastSeq: updates.at(-1)?.seq ?? after,
    };
  }

  async readUpdates(docId: string, afterSeq: number, uptoSeq = Number.POSITIVE_INFINITY) {
    const doc = this.require(docId);
    return doc.updates.filter((u) => u.seq > afterSeq && u.seq <= uptoSeq);
  }

  async updateMeta(docId: string, afterSeq: number, uptoSeq = Number.POSITIVE_INFINITY) {
    return (await this.readUpdates(docId, afterSeq, uptoSeq)).map(toMeta);
  }

  /** The same test as the SQLite store's: a v1 update with deletions never ends in a 0 byte. */
  async updateDeletes(docId: string, afterSeq: number): Promise<UpdateDeletes[]> {
    return (await this.readUpdates(docId, afterSeq)).map((u) => ({
      ...toMeta(u),
      deletes: u.update.at(-1) !== 0 ? u.update : null,
    }));
  }

  async lastSeq(docId: string) {
    return this.require(docId).updates.at(-1)?.seq ?? 0;
  }

  async seqAtTime(docId: string, time: number) {
    return this.require(docId).updates.findLast((u) => u.createdAt <= time)?.seq ?? 0;
  }

  async updateTimesBefore(docId: string, before: number) {
    const updates = this.require(docId).updates;
    const end = updates.findIndex((u) => u.createdAt >= before);
    return updates
      .slice(0, end === -1 ? updates.length : end)
      .map((u) => ({ seq: u.seq, createdAt: u.createdAt }));
  }

  async writeCheckpoint(docId: string, seq: number, state: Uint8Array) {
    const doc = this.require(docId);
    if (seq > doc.lastSeq) throw new StoreError(`checkpoint ${seq} is beyond the log`);
    if (doc.checkpoints.some((c) => c.seq === seq)) return;
    doc.checkpoints.push({ seq, state, createdAt: Date.now() });
    doc.checkpoints.sort((a, b) => a.seq - b.seq);
  }

  async latestCheckpoint(docId: string, atOrBefore = Number.POSITIVE_INFINITY) {
    const doc = this.require(docId);
    return doc.checkpoints.findLast((c) => c.seq <= atOrBefore) ?? null;
  }

  async checkpointSeqs(docId: string) {
    return this.require(docId).checkpoints.map((c) => c.seq);
  }

  async mergeHistory(docId: string, plan: MergePlan) {
    const doc = this.require(docId);
    const checkpoints = new Set(doc.checkpoints.map((c) => c.seq));
    const keepSeqs = [...plan.keepSeqs, ...this.history.versions.seqsOf(docId)];
    const keep = new Set(keptSeqs(docId, { ...plan, keepSeqs }, doc.lastSeq, checkpoints));
    const stays = (c: { seq: number }) => c.seq > plan.uptoSeq || keep.has(c.seq);
    const before = { updates: doc.updates.length, checkpoints: doc.checkpoints.length };
    doc.updates = doc.updates.filter(stays);
    doc.checkpoints = doc.checkpoints.filter(stays);
    return {
      updatesDeleted: before.updates - doc.updates.length,
      checkpointsDeleted: before.checkpoints - doc.checkpoints.length,
    };
  }

  async pruneCheckpoints(docId: string, seqs: readonly number[]) {
    const doc = this.require(docId);
    const logged = new Set(doc.updates.map((u) => u.seq));
    const complete = (after: number, upto: number) => {
      for (let seq = after + 1; seq <= upto; seq++) if (!logged.has(seq)) return false;
      return true;
    };
    const checkpoints = doc.checkpoints.map((c) => c.seq).sort((a, b) => a - b);
    const prunable = new Set(prunableCheckpoints(checkpoints, new Set(seqs), complete));
    doc.checkpoints = doc.checkpoints.filter((c) => !prunable.has(c.seq));
    return prunable.size;
  }

  /** Nothing to gain in memory: the updates are objects already, with nothing repeated. */
  async packLog(docId: string, _uptoSeq: number) {
    this.require(docId);
    return 0;
  }

  async clientOwners(docId: string) {
    return new Map(this.require(docId).clientOwners);
  }

  historyStores(): HistoryStores {
    return this.history;
  }

  async ping() {
    this.assertOpen();
  }

  async close() {
    this.closed = true;
  }

  private require(docId: string): MemoryDoc {
    this.assertOpen();
    const doc = this.docs.get(docId);
    if (!doc) throw new StoreError(`document ${docId} does not exist`);
    return doc;
  }

  private assertOpen() {
    if (this.closed) throw new StoreError('store is closed');
  }
}

function toMeta({ update: _payload, ...meta }: LoggedUpdate): UpdateMeta {
  return { ...meta, clientIds: [...meta.clientIds] };
}
