import * as Y from 'yjs';
import type { DocumentStore, IndexedClient, IndexedDeletion } from '../persistence';
import type { VersionStore } from './VersionStore';

/**
 * Who wrote and who deleted what (H6, H8): the version store's client-id and deletion indexes,
 * brought up to date from the update log before each read. The indexes outlive the log rows
 * they came from, so retention calls `indexedThrough` before it merges rows away (H15).
 */
export class ClientIndex {
  /** One catch-up per document at a time; a second caller waits for it and reads after. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly store: DocumentStore,
    private readonly versions: VersionStore,
  ) {}

  /** Yjs client id → user id, brought up to date with the log first. */
  async clientUsers(docId: string): Promise<Map<number, string | null>> {
    await this.catchUp(docId);
    return this.versions.indexedClients(docId);
  }

  /** Indexes the log rows not indexed yet and returns the seq the indexes reach. */
  async indexedThrough(docId: string): Promise<number> {
    await this.catchUp(docId);
    return this.versions.indexedSeq(docId);
  }

  /**
   * Who deleted the given items between two seqs: the authors of the logged updates in the
   * range whose delete sets cover them, from the deletion index rather than the log.
   */
  async deleters(
    docId: string,
    fromSeq: number,
    toSeq: number,
    ids: readonly { client: number; clock: number }[],
  ): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    if (ids.length === 0) return found;
    await this.catchUp(docId);
    const byClient = new Map<number, number[]>();
    for (const id of ids) {
      const clocks = byClient.get(id.client);
      if (clocks) clocks.push(id.clock);
      else byClient.set(id.client, [id.clock]);
    }
    for (const [client, clocks] of byClient) {
      clocks.sort((a, b) => a - b);
      for (const row of await this.versions.deletions(docId, client, fromSeq, toSeq)) {
        if (!row.userId) continue;
        for (let i = lowerBound(clocks, row.clock); i < clocks.length; i++) {
          const clock = clocks[i] as number;
          if (clock >= row.clock + row.len) break;
          const key = `${client}:${clock}`;
          const users = found.get(key);
          if (!users) found.set(key, [row.userId]);
          else if (!users.includes(row.userId)) users.push(row.userId);
        }
      }
    }
    return found;
  }

  private catchUp(docId: string): Promise<void> {
    const running = this.running.get(docId);
    if (running) return running.then(() => this.catchUp(docId));
    const next = this.indexNew(docId).finally(() => this.running.delete(docId));
    this.running.set(docId, next);
    return next;
  }

  /**
   * One pass over the updates logged since the indexes were last brought up to date; only
   * those that delete something come with their payload, and only those are decoded. If
   * another process indexed the same rows meanwhile, the store keeps theirs.
   */
  private async indexNew(docId: string): Promise<void> {
    const afterSeq = await this.versions.indexedSeq(docId);
    const rows = await this.store.updateDeletes(docId, afterSeq);
    const last = rows.at(-1);
    if (!last) return;
    const clients: IndexedClient[] = [];
    const deletions: IndexedDeletion[] = [];
    for (const r of rows) {
      for (const clientId of r.clientIds) clients.push({ clientId, userId: r.userId, seq: r.seq });
      if (!r.deletes) continue;
      for (const [clientId, ranges] of Y.decodeUpdate(r.deletes).ds.clients) {
        for (const { clock, len } of ranges) {
          deletions.push({ clientId, clock, len, seq: r.seq, userId: r.userId });
        }
      }
    }
    await this.versions.addToIndex(docId, { afterSeq, throughSeq: last.seq, clients, deletions });
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
