import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../logger';
import {
  type DocumentStore,
  MemoryDocumentStore,
  SqliteDocumentStore,
  stateAt,
} from '../persistence';
import { ClientIndex } from './ClientIndex';
import { bucketEnds, Retention } from './Retention';
import type { VersionStore } from './VersionStore';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DOC = 'doc-aaaa';

const stores: [string, () => DocumentStore][] = [
  ['sqlite', () => new SqliteDocumentStore({ dataDir: ':memory:' })],
  ['memory', () => new MemoryDocumentStore()],
];

let store: DocumentStore;
let versions: VersionStore;
let clients: ClientIndex;
let now: number;
let pending: number | undefined;
let retention: Retention;

describe.each(stores)('Retention on the %s store', (_name, open) => {
  beforeEach(async () => {
    store = open();
    versions = store.historyStores().versions;
    clients = new ClientIndex(store, versions);
    await store.createDocument({ id: DOC, type: 'notes', title: 'A' });
    now = 1_000 * HOUR + 30 * 60_000;
    pending = undefined;
    retention = new Retention({
      store,
      versions,
      clients,
      log: createLogger('silent', false),
      pendingSeq: () => pending,
      options: {
        mergeAfterMs: DAY,
        bucketMs: HOUR,
        startDelayMs: HOUR,
        intervalMs: HOUR,
        now: () => now,
      },
    });
  });
  afterEach(async () => {
    await retention.stop();
    await store.close();
  });

  /** Logs one update per character typed by `userId`'s client, made at `at`, a second apart. */
  async function typeAt(text: string, userId: string, at: number): Promise<Y.Doc> {
    const doc = new Y.Doc();
    const current = await stateAt(store, DOC, await store.lastSeq(DOC));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(current));
    current.destroy();
    for (const ch of text) {
      const sv = Y.encodeStateVector(doc);
      doc.getText('t').insert(doc.getText('t').length, ch);
      const seq = (await store.lastSeq(DOC)) + 1;
      const clock = vi.spyOn(Date, 'now').mockReturnValue(at + (seq - 1) * 1000);
      try {
        await store.appendUpdate(DOC, Y.encodeStateAsUpdate(doc, sv), {
          connId: userId,
          userId,
          clientIds: [doc.clientID],
        });
      } finally {
        clock.mockRestore();
      }
    }
    return doc;
  }

  const seqs = async () => (await store.updateMeta(DOC, 0)).map((m) => m.seq);

  describe('Retention', () => {
    it('[H15] [H8] fills the client ids from the rows before it merges them away', async () => {
      const a = await typeAt('abcde', 'u1', 900 * HOUR);
      const b = await typeAt('fghij', 'u2', 900 * HOUR);
      expect(await retention.runNow()).toMatchObject({ updatesDeleted: 9, checkpointsWritten: 1 });
      expect(await seqs()).toEqual([10]);
      expect(await clients.clientUsers(DOC)).toEqual(
        new Map([
          [a.clientID, 'u1'],
          [b.clientID, 'u2'],
        ]),
      );
      expect((await stateAt(store, DOC, 10)).getText('t').toString()).toBe('abcdefghij');
    });

    it('[H15] merges only whole periods older than the cutoff, by the clock', async () => {
      // 24 h 10 min ago, in a period that has not ended 24 h ago yet.
      await typeAt('abc', 'u1', now - DAY - 10 * 60_000);
      expect(await retention.runNow()).toMatchObject({ updatesDeleted: 0 });
      now += HOUR;
      expect(await retention.runNow()).toMatchObject({ updatesDeleted: 2 });
      expect(await seqs()).toEqual([3]);
    });

    it('[H15] stops short of a pending automatic version, then merges it with the rest', async () => {
      await typeAt('abcdefgh', 'u1', 900 * HOUR);
      pending = 6;
      expect(await retention.runNow()).toMatchObject({ updatesDeleted: 4 });
      expect(await seqs()).toEqual([5, 6, 7, 8]);
      pending = undefined;
      expect(await retention.runNow()).toMatchObject({ updatesDeleted: 3, checkpointsDeleted: 1 });
      expect(await seqs()).toEqual([8]);
    });

    it('[H15] refuses to merge past a version whose checkpoint is not written yet', async () => {
      await typeAt('abcdef', 'u1', 900 * HOUR);
      // A version being made right now: recorded, its checkpoint still to come (HistoryService).
      const added = await versions.add({
        docId: DOC,
        seq: 3,
        kind: 'named',
        label: 'v',
        reason: null,
        createdBy: null,
        stateHash: 'x',
        authors: [],
        summary: '',
      });
      await expect(
        store.mergeHistory(DOC, { uptoSeq: 6, keepSeqs: [added.seq, 6] }),
      ).rejects.toThrow(/without a checkpoint: 3/);
      // Retention writes the version's checkpoint first, from the log, so the version survives.
      expect(await retention.runNow()).toMatchObject({ updatesDeleted: 4, failures: 0 });
      expect(await seqs()).toEqual([3, 6]);
      expect((await stateAt(store, DOC, 4)).getText('t').toString()).toBe('abc');
    });

    it('keeps the last update of each run in one period, even when the clock steps back', () => {
      const rows = [0, 1, 2, 3, 4].map((i) => ({ seq: i + 1, createdAt: 0 }));
      expect(bucketEnds(rows, HOUR)).toEqual([5]);
      const times = [10, 20, HOUR + 5, 30, HOUR + 10, 2 * HOUR];
      expect(
        bucketEnds(
          times.map((t, i) => ({ seq: i + 1, createdAt: t })),
          HOUR,
        ),
      ).toEqual([2, 3, 4, 5, 6]);
    });
  });
});
