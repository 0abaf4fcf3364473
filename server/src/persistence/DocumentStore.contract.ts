import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { StoreError } from '../errors';
import { createLogger } from '../logger';
import { Compactor } from './Compactor';
import type { DocumentStore, UpdateSource } from './DocumentStore';
import { stateAt } from './stateAt';

const source = (connId: string, clientIds: number[] = []): UpdateSource => ({
  connId,
  userId: null,
  clientIds,
});

/** Appends `n` text edits made by one client and returns the text after each edit. */
async function appendEdits(store: DocumentStore, docId: string, n: number): Promise<string[]> {
  const doc = new Y.Doc();
  const texts: string[] = [];
  const appends: Promise<number>[] = [];
  // Appended without waiting for the one before, as updates arrive: the store logs them in order.
  doc.on('update', (u: Uint8Array) => {
    appends.push(store.appendUpdate(docId, u, source('c1', [doc.clientID])));
  });
  for (let i = 0; i < n; i++) {
    doc.getText('t').insert(doc.getText('t').length, `${i};`);
    texts.push(doc.getText('t').toString());
  }
  // A store that answers over the network needs more than a turn of the event loop.
  await Promise.all(appends);
  doc.destroy();
  return texts;
}

/** One behaviour, every store: run against each DocumentStore implementation. */
export function describeDocumentStoreContract(name: string, open: () => DocumentStore): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    beforeEach(() => {
      store = open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('creates, reads and lists documents, most recently updated first', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      await new Promise((r) => setTimeout(r, 5));
      await store.createDocument({ id: 'doc-bbbb', type: 'course-standard', title: 'B' });
      expect(await store.getDocument('doc-aaaa')).toMatchObject({ type: 'notes', title: 'A' });
      expect(await store.getDocument('missing')).toBeNull();
      expect((await store.listDocuments()).map((d) => d.id)).toEqual(['doc-bbbb', 'doc-aaaa']);
      await new Promise((r) => setTimeout(r, 5));
      await store.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), source('c'));
      expect((await store.listDocuments()).map((d) => d.id)).toEqual(['doc-aaaa', 'doc-bbbb']);
    });

    it('lists only the given workspaces and hides deleted documents', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A', workspaceId: null });
      await store.createDocument({ id: 'doc-bbbb', type: 'notes', title: 'B', workspaceId: null });
      expect((await store.listDocuments({ workspaceIds: [] })).length).toBe(0);
      await store.deleteDocument('doc-aaaa');
      expect(await store.getDocument('doc-aaaa')).toBeNull();
      expect((await store.listDocuments()).map((d) => d.id)).toEqual(['doc-bbbb']);
      // The log of a deleted document stays for the record.
      expect((await store.loadState('doc-aaaa')).lastSeq).toBe(0);
      await expect(store.deleteDocument('nope-nope')).rejects.toThrow(StoreError);
    });

    it('refuses a duplicate id', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      await expect(
        store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' }),
      ).rejects.toThrow(StoreError);
    });

    it('numbers appended updates 1, 2, 3 and keeps who sent them', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const u = new Uint8Array([0, 0]);
      expect(await store.appendUpdate('doc-aaaa', u, source('c1', [7]))).toBe(1);
      expect(await store.appendUpdate('doc-aaaa', u, source('c2', [8, 9]))).toBe(2);
      const logged = await store.readUpdates('doc-aaaa', 0);
      expect(logged.map((l) => [l.seq, l.connId, l.clientIds])).toEqual([
        [1, 'c1', [7]],
        [2, 'c2', [8, 9]],
      ]);
      expect(logged[0]?.createdAt).toBeGreaterThan(0);
      expect(await store.readUpdates('doc-aaaa', 1, 1)).toEqual([]);
      expect((await store.readUpdates('doc-aaaa', 1, 2)).map((l) => l.seq)).toEqual([2]);
    });

    it('appends a batch in order, in one go, numbered after what is already logged', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const u = new Uint8Array([0, 0]);
      await store.appendUpdate('doc-aaaa', u, source('c0'));
      const seqs = await store.appendUpdates('doc-aaaa', [
        { update: u, source: source('c1', [1]) },
        { update: u, source: source('c2', [2]) },
        { update: u, source: source('c3', [3]) },
      ]);
      expect(seqs).toEqual([2, 3, 4]);
      expect((await store.readUpdates('doc-aaaa', 0)).map((l) => [l.seq, l.connId])).toEqual([
        [1, 'c0'],
        [2, 'c1'],
        [3, 'c2'],
        [4, 'c3'],
      ]);
      expect(await store.appendUpdates('doc-aaaa', [])).toEqual([]);
      expect(await store.appendUpdate('doc-aaaa', u, source('c4'))).toBe(5);
    });

    it('refuses an update, or a batch, for a document that does not exist', async () => {
      await expect(
        store.appendUpdate('nope-nope', new Uint8Array([0, 0]), source('c')),
      ).rejects.toThrow(StoreError);
      await expect(
        store.appendUpdates('nope-nope', [{ update: new Uint8Array([0, 0]), source: source('c') }]),
      ).rejects.toThrow(StoreError);
    });

    it('loads the newest checkpoint plus only the updates after it', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const texts = await appendEdits(store, 'doc-aaaa', 10);
      const empty = await store.loadState('doc-aaaa');
      expect(empty.checkpoint).toBeNull();
      expect(empty.updates).toHaveLength(10);
      expect(empty.lastSeq).toBe(10);

      const mid = await stateAt(store, 'doc-aaaa', 6);
      await store.writeCheckpoint('doc-aaaa', 6, Y.encodeStateAsUpdate(mid));
      await store.writeCheckpoint('doc-aaaa', 6, Y.encodeStateAsUpdate(mid)); // idempotent
      const loaded = await store.loadState('doc-aaaa');
      expect(loaded.checkpoint?.seq).toBe(6);
      expect(loaded.updates).toHaveLength(4);
      expect(loaded.lastSeq).toBe(10);

      const doc = new Y.Doc();
      Y.applyUpdate(doc, loaded.checkpoint!.state);
      for (const u of loaded.updates) Y.applyUpdate(doc, u);
      expect(doc.getText('t').toString()).toBe(texts[9]);
    });

    it('keeps every logged point in time reachable after compaction', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const texts = await appendEdits(store, 'doc-aaaa', 30);
      const before = await Promise.all(
        [1, 10, 17, 30].map(async (seq) =>
          (await stateAt(store, 'doc-aaaa', seq)).getText('t').toString(),
        ),
      );
      const compactor = new Compactor(store, createLogger('silent', false));
      expect(await compactor.compactNow('doc-aaaa')).toBe(30);
      await appendEdits(store, 'doc-aaaa', 0);
      const after = await Promise.all(
        [1, 10, 17, 30].map(async (seq) =>
          (await stateAt(store, 'doc-aaaa', seq)).getText('t').toString(),
        ),
      );
      expect(after).toEqual(before);
      expect(after).toEqual([texts[0], texts[9], texts[16], texts[29]]);
      expect(await store.latestCheckpoint('doc-aaaa', 29)).toBeNull();
      expect((await store.latestCheckpoint('doc-aaaa'))?.seq).toBe(30);
    });

    it('[H15] merges old history into the kept points; the live document loads the same', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const texts = await appendEdits(store, 'doc-aaaa', 30);
      for (const seq of [5, 10, 20]) {
        const doc = await stateAt(store, 'doc-aaaa', seq);
        await store.writeCheckpoint('doc-aaaa', seq, Y.encodeStateAsUpdate(doc));
        doc.destroy();
      }
      const textAt = async (seq: number) => {
        const doc = await stateAt(store, 'doc-aaaa', seq);
        const text = doc.getText('t').toString();
        doc.destroy();
        return text;
      };

      // A plan that would lose a point refuses as a whole: no checkpoint at 15, end not kept,
      // end beyond the log.
      for (const plan of [
        { uptoSeq: 20, keepSeqs: [10, 15, 20] },
        { uptoSeq: 20, keepSeqs: [10] },
        { uptoSeq: 31, keepSeqs: [31] },
      ]) {
        await expect(store.mergeHistory('doc-aaaa', plan)).rejects.toThrow(StoreError);
      }
      expect(await store.readUpdates('doc-aaaa', 0)).toHaveLength(30);

      expect(await store.mergeHistory('doc-aaaa', { uptoSeq: 20, keepSeqs: [10, 20, 25] })).toEqual(
        { updatesDeleted: 18, checkpointsDeleted: 1 },
      );
      const seqs = (await store.readUpdates('doc-aaaa', 0)).map((u) => u.seq);
      expect(seqs).toEqual([10, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
      expect(await store.checkpointSeqs('doc-aaaa')).toEqual([10, 20]);
      // Kept points are exact; a merged point shows the newest kept point before it.
      expect(await textAt(10)).toBe(texts[9]);
      expect(await textAt(15)).toBe(texts[9]);
      expect(await textAt(20)).toBe(texts[19]);
      expect(await textAt(25)).toBe(texts[24]);
      expect(await textAt(3)).toBe('');
      expect(await store.loadState('doc-aaaa', 15)).toMatchObject({
        checkpoint: { seq: 10 },
        updates: [],
        lastSeq: 10,
      });
      const loaded = await store.loadState('doc-aaaa');
      expect(loaded).toMatchObject({ checkpoint: { seq: 20 }, lastSeq: 30 });
      expect(loaded.updates).toHaveLength(10);
      expect(await textAt(30)).toBe(texts[29]);

      // Nothing left to merge, and the log goes on numbering after its end.
      expect(await store.mergeHistory('doc-aaaa', { uptoSeq: 20, keepSeqs: [10, 20] })).toEqual({
        updatesDeleted: 0,
        checkpointsDeleted: 0,
      });
      expect(await store.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), source('c'))).toBe(31);
    });

    it('prunes checkpoints the log can rebuild, but never the newest or one whose log was merged', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const texts = await appendEdits(store, 'doc-aaaa', 30);
      const checkpointAt = async (seq: number) => {
        const doc = await stateAt(store, 'doc-aaaa', seq);
        await store.writeCheckpoint('doc-aaaa', seq, Y.encodeStateAsUpdate(doc));
        doc.destroy();
      };
      for (const seq of [5, 10, 15, 20, 25]) await checkpointAt(seq);
      await store.mergeHistory('doc-aaaa', { uptoSeq: 10, keepSeqs: [5, 10] });
      // 5 and 10 stand for merged history (seqs 1–4, 6–9 are gone); 25 is the newest.
      expect(await store.pruneCheckpoints('doc-aaaa', [5, 10, 15, 20, 25])).toBe(2);
      expect(await store.checkpointSeqs('doc-aaaa')).toEqual([5, 10, 25]);
      for (const seq of [12, 15, 20, 25, 30]) {
        const doc = await stateAt(store, 'doc-aaaa', seq);
        expect(doc.getText('t').toString()).toBe(texts[seq - 1]);
        doc.destroy();
      }
      expect(await store.pruneCheckpoints('doc-aaaa', [])).toBe(0);
    });

    it('the compactor prunes what the log rebuilds, keeping anchors, versions and the newest', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const texts = await appendEdits(store, 'doc-aaaa', 40);
      for (const seq of [5, 12, 18, 25, 33]) {
        const doc = await stateAt(store, 'doc-aaaa', seq);
        await store.writeCheckpoint('doc-aaaa', seq, Y.encodeStateAsUpdate(doc));
        doc.destroy();
      }
      const compactor = new Compactor(store, createLogger('silent', false), {
        keep: async () => [12],
        anchorEvery: 20,
      });
      expect(await compactor.compactNow('doc-aaaa')).toBe(40);
      // 5 and 25 open their stretch of 20 seqs, 12 is a version's, 40 is the newest.
      expect(await store.checkpointSeqs('doc-aaaa')).toEqual([5, 12, 25, 40]);
      expect(compactor.getStats()).toMatchObject({ checkpointsWritten: 1, checkpointsPruned: 2 });
      for (let seq = 1; seq <= 40; seq++) {
        const doc = await stateAt(store, 'doc-aaaa', seq);
        expect(doc.getText('t').toString()).toBe(texts[seq - 1]);
        doc.destroy();
      }
    });

    it('[H1] [H8] reads who sent each update between two seqs, without the payloads', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      expect(await store.lastSeq('doc-aaaa')).toBe(0);
      const u = new Uint8Array([0, 0]);
      await store.appendUpdate('doc-aaaa', u, { connId: 'c1', userId: 'u1', clientIds: [7] });
      await store.appendUpdate('doc-aaaa', u, { connId: 'c2', userId: null, clientIds: [8, 9] });
      await store.appendUpdate('doc-aaaa', u, { connId: 'c3', userId: 'u3', clientIds: [] });
      expect(await store.lastSeq('doc-aaaa')).toBe(3);
      const metas = await store.updateMeta('doc-aaaa', 1, 2);
      expect(metas).toEqual([
        { seq: 2, connId: 'c2', userId: null, clientIds: [8, 9], createdAt: expect.any(Number) },
      ]);
      expect((await store.updateMeta('doc-aaaa', 0)).map((m) => m.userId)).toEqual([
        'u1',
        null,
        'u3',
      ]);
    });

    it('[H6] hands over the payload only of updates that delete something', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const doc = new Y.Doc();
      const logged: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => logged.push(u));
      doc.getText('t').insert(0, 'hello world');
      doc.getText('t').delete(0, 6);
      doc.getText('t').insert(0, 'big ');
      for (const u of logged) {
        await store.appendUpdate('doc-aaaa', u, { connId: 'c', userId: 'u', clientIds: [1] });
      }
      const rows = await store.updateDeletes('doc-aaaa', 0);
      expect(rows.map((r) => [r.seq, r.userId, r.clientIds, r.deletes !== null])).toEqual([
        [1, 'u', [1], false],
        [2, 'u', [1], true],
        [3, 'u', [1], false],
      ]);
      const deleted = Y.decodeUpdate(rows[1]?.deletes ?? new Uint8Array()).ds.clients;
      expect([...deleted.values()].flat().map((r) => [r.clock, r.len])).toEqual([[0, 6]]);
      expect((await store.updateDeletes('doc-aaaa', 2)).map((r) => r.seq)).toEqual([3]);
      doc.destroy();
    });

    it('[H3] [H15] finds updates by when they were made, even when the clock steps back', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const clock = vi.spyOn(Date, 'now');
      try {
        for (const t of [100, 200, 300, 150, 400]) {
          clock.mockReturnValue(t);
          await store.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), source('c'));
        }
      } finally {
        clock.mockRestore();
      }
      expect(await store.seqAtTime('doc-aaaa', 50)).toBe(0);
      expect(await store.seqAtTime('doc-aaaa', 120)).toBe(1);
      // The newest update made at or before 200 is the one stamped 150 after the step back.
      expect(await store.seqAtTime('doc-aaaa', 200)).toBe(4);
      expect(await store.seqAtTime('doc-aaaa', 400)).toBe(5);
      expect(await store.updateTimesBefore('doc-aaaa', 250)).toEqual([
        { seq: 1, createdAt: 100 },
        { seq: 2, createdAt: 200 },
      ]);
      expect((await store.updateTimesBefore('doc-aaaa', 1000)).map((r) => r.seq)).toEqual([
        1, 2, 3, 4, 5,
      ]);
      expect(await store.updateTimesBefore('doc-aaaa', 100)).toEqual([]);
    });

    it('[H15] the log reads skip merged updates and keep the last seq', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      await appendEdits(store, 'doc-aaaa', 6);
      const state = await stateAt(store, 'doc-aaaa', 4);
      await store.writeCheckpoint('doc-aaaa', 4, Y.encodeStateAsUpdate(state));
      state.destroy();
      await store.mergeHistory('doc-aaaa', { uptoSeq: 4, keepSeqs: [4] });
      expect((await store.updateMeta('doc-aaaa', 0)).map((m) => m.seq)).toEqual([4, 5, 6]);
      expect((await store.updateDeletes('doc-aaaa', 0)).map((m) => m.seq)).toEqual([4, 5, 6]);
      expect(await store.lastSeq('doc-aaaa')).toBe(6);
    });

    it('[H15] a merge keeps every version, even one its plan left out', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const texts = await appendEdits(store, 'doc-aaaa', 10);
      const checkpointAt = async (seq: number) => {
        const doc = await stateAt(store, 'doc-aaaa', seq);
        await store.writeCheckpoint('doc-aaaa', seq, Y.encodeStateAsUpdate(doc));
        doc.destroy();
      };
      await checkpointAt(4);
      await checkpointAt(8);
      // Versions made after Retention read the list: one with its checkpoint, one still
      // waiting for it (HistoryService writes the checkpoint after the version).
      const { versions } = store.historyStores();
      for (const seq of [4, 6]) {
        await versions.add({
          docId: 'doc-aaaa',
          seq,
          kind: 'named',
          label: `at ${seq}`,
          reason: null,
          createdBy: null,
          stateHash: 'x',
          authors: [],
          summary: '',
        });
      }
      const plan = { uptoSeq: 8, keepSeqs: [8] };
      await expect(store.mergeHistory('doc-aaaa', plan)).rejects.toThrow(/checkpoint: 6/);
      expect(await store.readUpdates('doc-aaaa', 0)).toHaveLength(10);
      await checkpointAt(6);
      expect(await store.mergeHistory('doc-aaaa', plan)).toEqual({
        updatesDeleted: 5,
        checkpointsDeleted: 0,
      });
      expect((await store.updateMeta('doc-aaaa', 0)).map((m) => m.seq)).toEqual([4, 6, 8, 9, 10]);
      for (const seq of [4, 6]) {
        const doc = await stateAt(store, 'doc-aaaa', seq);
        expect(doc.getText('t').toString()).toBe(texts[seq - 1]);
        doc.destroy();
      }
    });

    describe('packed log', () => {
      /** Everything the reads say about the log, to compare before and after packing. */
      const readAll = async (docId: string, last: number) => ({
        updates: await store.readUpdates(docId, 0),
        tail: await store.readUpdates(docId, 7, 23),
        meta: await store.updateMeta(docId, 3),
        deletes: await store.updateDeletes(docId, 2),
        lastSeq: await store.lastSeq(docId),
        times: await Promise.all([0, 1150, 1400, 5000].map((t) => store.seqAtTime(docId, t))),
        before: await Promise.all([1150, 1400, 5000].map((t) => store.updateTimesBefore(docId, t))),
        states: await Promise.all(
          [1, 12, 20, 21, last].map(async (seq) => {
            const doc = await stateAt(store, docId, seq);
            const text = doc.getText('t').toString();
            doc.destroy();
            return text;
          }),
        ),
      });

      /** `n` edits, some deleting, by two users, stamped 1000 + 10·seq with a step back at 12. */
      const appendMixed = async (docId: string, n: number) => {
        const doc = new Y.Doc();
        const text = doc.getText('t');
        const clock = vi.spyOn(Date, 'now');
        try {
          for (let i = 1; i <= n; i++) {
            const updates: Uint8Array[] = [];
            const collect = (u: Uint8Array) => updates.push(u);
            doc.on('update', collect);
            if (i % 7 === 0) text.delete(0, 2);
            else text.insert(text.length, `${i};`);
            doc.off('update', collect);
            clock.mockReturnValue(i === 12 ? 900 : 1000 + 10 * i);
            const userId = i % 3 === 0 ? null : `user-${i % 2}`;
            for (const update of updates) {
              await store.appendUpdate(docId, update, {
                connId: `conn-${i % 2}`,
                userId,
                clientIds: [doc.clientID],
              });
            }
          }
        } finally {
          clock.mockRestore();
          doc.destroy();
        }
      };

      const checkpointAt = async (docId: string, seq: number) => {
        const doc = await stateAt(store, docId, seq);
        await store.writeCheckpoint(docId, seq, Y.encodeStateAsUpdate(doc));
        doc.destroy();
      };

      it('reads the same across the boundary of packed and loose updates', async () => {
        await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
        await appendMixed('doc-aaaa', 30);
        const before = await readAll('doc-aaaa', 30);
        await checkpointAt('doc-aaaa', 20);
        const packed = await store.packLog('doc-aaaa', 20);
        expect([0, 20]).toContain(packed);
        expect(await store.packLog('doc-aaaa', 20)).toBe(0);
        expect(await readAll('doc-aaaa', 30)).toEqual(before);
        expect((await store.loadState('doc-aaaa', 15)).updateSeqs).toEqual(
          Array.from({ length: 15 }, (_, i) => i + 1),
        );
        expect(await store.loadState('doc-aaaa')).toMatchObject({
          checkpoint: { seq: 20 },
          lastSeq: 30,
          updateSeqs: [21, 22, 23, 24, 25, 26, 27, 28, 29, 30],
        });
      });

      it('grows a pack over several checkpoints, reading the same across its old and new parts', async () => {
        await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
        await appendMixed('doc-aaaa', 30);
        const before = await readAll('doc-aaaa', 30);
        // Three checkpoints' updates in turn: the pack of 1–8 grows by 9–14, then by 15–20.
        for (const seq of [8, 14, 20]) {
          await checkpointAt('doc-aaaa', seq);
          expect([0, 6, 8]).toContain(await store.packLog('doc-aaaa', seq));
        }
        expect(await readAll('doc-aaaa', 30)).toEqual(before);
        // Ranges with an end inside the pack, on either side of where it grew.
        for (const [after, upto] of [
          [6, 10],
          [8, 9],
          [13, 15],
          [0, 14],
          [14, 21],
        ] as const) {
          expect((await store.readUpdates('doc-aaaa', after, upto)).map((u) => u.seq)).toEqual(
            before.updates.filter((u) => u.seq > after && u.seq <= upto).map((u) => u.seq),
          );
        }
        expect((await store.updateMeta('doc-aaaa', 7, 16)).map((m) => m.seq)).toEqual(
          Array.from({ length: 9 }, (_, i) => i + 8),
        );
        expect((await store.loadState('doc-aaaa', 11)).updateSeqs).toEqual([9, 10, 11]);
        expect(await store.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), source('c'))).toBe(31);
      });

      it('[H15] merges updates out of a grown pack, which grows on after it', async () => {
        await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
        const texts = await appendEdits(store, 'doc-aaaa', 30);
        for (const seq of [5, 10, 15, 20]) await checkpointAt('doc-aaaa', seq);
        // One pack 1–20, grown at 10: the merge's end 15 lies in its newer part.
        await store.packLog('doc-aaaa', 10);
        await store.packLog('doc-aaaa', 20);
        expect(await store.mergeHistory('doc-aaaa', { uptoSeq: 15, keepSeqs: [5, 15] })).toEqual({
          updatesDeleted: 13,
          checkpointsDeleted: 1,
        });
        const rest = Array.from({ length: 15 }, (_, i) => i + 16);
        expect((await store.readUpdates('doc-aaaa', 0)).map((u) => u.seq)).toEqual([
          5,
          15,
          ...rest,
        ]);
        // The rewritten pack grows by the next checkpoint's updates like any other.
        await checkpointAt('doc-aaaa', 25);
        expect([0, 5]).toContain(await store.packLog('doc-aaaa', 25));
        expect((await store.readUpdates('doc-aaaa', 4, 26)).map((u) => u.seq)).toEqual([
          5,
          15,
          ...rest.slice(0, 11),
        ]);
        for (const seq of [5, 10, 15, 18, 25, 30]) {
          const doc = await stateAt(store, 'doc-aaaa', seq);
          const kept = seq === 10 ? 5 : seq;
          expect(doc.getText('t').toString()).toBe(texts[kept - 1]);
          doc.destroy();
        }
        expect(await store.checkpointSeqs('doc-aaaa')).toEqual([5, 15, 20, 25]);
        expect(await store.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), source('c'))).toBe(31);
      });

      it('goes on numbering after a fully packed log', async () => {
        await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
        const texts = await appendEdits(store, 'doc-aaaa', 12);
        await checkpointAt('doc-aaaa', 12);
        await store.packLog('doc-aaaa', 12);
        expect(await store.lastSeq('doc-aaaa')).toBe(12);
        expect(await store.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), source('c'))).toBe(13);
        expect(
          await store.appendUpdates('doc-aaaa', [
            { update: new Uint8Array([0, 0]), source: source('c') },
          ]),
        ).toEqual([14]);
        expect((await store.readUpdates('doc-aaaa', 0)).map((u) => u.seq)).toEqual(
          Array.from({ length: 14 }, (_, i) => i + 1),
        );
        const doc = await stateAt(store, 'doc-aaaa', 14);
        expect(doc.getText('t').toString()).toBe(texts[11]);
        doc.destroy();
      });

      it('[H15] merges updates out of a pack, keeping the rest of it and every kept point', async () => {
        await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
        const texts = await appendEdits(store, 'doc-aaaa', 30);
        for (const seq of [5, 10, 20]) await checkpointAt('doc-aaaa', seq);
        await store.packLog('doc-aaaa', 20);
        // The pack 1–20 straddles the end of the merge.
        expect(await store.mergeHistory('doc-aaaa', { uptoSeq: 10, keepSeqs: [5, 10] })).toEqual({
          updatesDeleted: 8,
          checkpointsDeleted: 0,
        });
        expect((await store.readUpdates('doc-aaaa', 0)).map((u) => u.seq)).toEqual([
          5,
          10,
          ...Array.from({ length: 20 }, (_, i) => i + 11),
        ]);
        for (const seq of [5, 7, 10, 15, 20, 30]) {
          const doc = await stateAt(store, 'doc-aaaa', seq);
          const kept = seq === 7 ? 5 : seq;
          expect(doc.getText('t').toString()).toBe(texts[kept - 1]);
          doc.destroy();
        }
        // The pruner sees the merged gap in the pack: 5 and 10 stand for it; 20 is the newest.
        await checkpointAt('doc-aaaa', 15);
        expect(await store.pruneCheckpoints('doc-aaaa', [5, 10, 15])).toBe(1);
        expect(await store.checkpointSeqs('doc-aaaa')).toEqual([5, 10, 20]);
        expect(await store.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), source('c'))).toBe(31);
      });

      it('prunes checkpoints the packed log rebuilds', async () => {
        await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
        const texts = await appendEdits(store, 'doc-aaaa', 30);
        for (const seq of [5, 10, 15, 25]) await checkpointAt('doc-aaaa', seq);
        await store.packLog('doc-aaaa', 10);
        await store.packLog('doc-aaaa', 25);
        expect(await store.pruneCheckpoints('doc-aaaa', [5, 10, 15, 25])).toBe(3);
        expect(await store.checkpointSeqs('doc-aaaa')).toEqual([25]);
        for (const seq of [3, 10, 12, 25, 30]) {
          const doc = await stateAt(store, 'doc-aaaa', seq);
          expect(doc.getText('t').toString()).toBe(texts[seq - 1]);
          doc.destroy();
        }
      });
    });

    it('gives the same history stores on every call', () => {
      const stores = store.historyStores();
      expect(store.historyStores().versions).toBe(stores.versions);
      expect(store.historyStores().comments).toBe(stores.comments);
    });

    it('refuses a checkpoint beyond the end of the log', async () => {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      await expect(store.writeCheckpoint('doc-aaaa', 5, new Uint8Array([0, 0]))).rejects.toThrow(
        StoreError,
      );
    });

    it('answers ping while open and fails every call once closed', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow(StoreError);
      await expect(store.getDocument('x')).rejects.toThrow(StoreError);
    });
  });
}
