import * as Y from 'yjs';
import { type DocumentStore, stateAt } from '../persistence';

/** The two ends of a comparison, each rebuilt from its nearest checkpoint (gc'd, as stored). */
export interface RangeDocs {
  from: Y.Doc;
  to: Y.Doc;
  destroy(): void;
}

export async function loadRange(
  store: DocumentStore,
  docId: string,
  fromSeq: number,
  toSeq: number,
): Promise<RangeDocs> {
  const from = await stateAt(store, docId, fromSeq);
  const to = await stateAt(store, docId, toSeq);
  return {
    from,
    to,
    destroy: () => {
      from.destroy();
      to.destroy();
    },
  };
}

/**
 * Who deleted each of the given items: the authors of the logged updates in the range whose
 * delete set covers the item. The log is read only when something was deleted, and each
 * update's delete ranges are matched against the removed ids by binary search, so a long
 * range costs one pass over the log, not one per removed run.
 */
export async function findDeleters(
  store: DocumentStore,
  docId: string,
  fromSeq: number,
  toSeq: number,
  ids: readonly Y.ID[],
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (ids.length === 0) return found;
  const byClient = new Map<number, number[]>();
  for (const id of ids) {
    const clocks = byClient.get(id.client);
    if (clocks) clocks.push(id.clock);
    else byClient.set(id.client, [id.clock]);
  }
  for (const clocks of byClient.values()) clocks.sort((a, b) => a - b);
  const updates = await store.readUpdates(docId, fromSeq, toSeq);
  for (const u of updates) {
    if (!u.userId || !hasDeletions(u.update)) continue;
    const { ds } = Y.decodeUpdate(u.update);
    for (const [client, ranges] of ds.clients) {
      const clocks = byClient.get(client);
      if (!clocks) continue;
      for (const range of ranges) {
        for (let i = lowerBound(clocks, range.clock); i < clocks.length; i++) {
          const clock = clocks[i] as number;
          if (clock >= range.clock + range.len) break;
          const key = `${client}:${clock}`;
          const users = found.get(key) ?? [];
          if (!users.includes(u.userId)) users.push(u.userId);
          found.set(key, users);
        }
      }
    }
  }
  return found;
}

/**
 * A v1 update ends with its delete set, whose last varuint is the length of the last deleted
 * range (never 0), or the client count 0 when nothing was deleted. Most updates are typing with
 * no deletions, so this skips decoding them.
 */
function hasDeletions(update: Uint8Array): boolean {
  return update.length > 0 && update[update.length - 1] !== 0;
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

export const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;
