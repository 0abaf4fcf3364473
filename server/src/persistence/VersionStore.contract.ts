import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentStore } from './DocumentStore';
import type { NewVersionRecord, VersionStore } from './VersionStore';

const version = (docId: string, seq: number, label: string): NewVersionRecord => ({
  docId,
  seq,
  kind: 'named',
  label,
  reason: null,
  createdBy: 'u1',
  stateHash: `hash-${seq}`,
  authors: ['u1', 'u2'],
  summary: `${label} summary`,
});

/**
 * History's version tables, every driver: run against the stores a DocumentStore builds, so
 * they share its storage (the SQLite tables refer to its documents).
 */
export function describeVersionStoreContract(name: string, open: () => DocumentStore): void {
  describe(`VersionStore contract: ${name}`, () => {
    let store: DocumentStore;
    let versions: VersionStore;
    beforeEach(async () => {
      store = open();
      versions = store.historyStores().versions;
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      await store.createDocument({ id: 'doc-bbbb', type: 'notes', title: 'B' });
    });
    afterEach(async () => {
      await store.close();
    });

    it('[H1] [H4] keeps versions per document, ordered by seq, then by when they were made', async () => {
      const late = await versions.add(version('doc-aaaa', 9, 'late'));
      await new Promise((r) => setTimeout(r, 2));
      const early = await versions.add(version('doc-aaaa', 3, 'early'));
      await new Promise((r) => setTimeout(r, 2));
      const again = await versions.add({ ...version('doc-aaaa', 3, 'again'), kind: 'restore' });
      await versions.add(version('doc-bbbb', 1, 'other'));
      expect(early).toMatchObject({ seq: 3, label: 'early', stateHash: 'hash-3' });
      expect(early.id).not.toBe(late.id);
      expect((await versions.list('doc-aaaa')).map((v) => v.label)).toEqual([
        'early',
        'again',
        'late',
      ]);
      expect(await versions.get('doc-aaaa', again.id)).toEqual(again);
      expect((await versions.get('doc-aaaa', again.id))?.authors).toEqual(['u1', 'u2']);
      expect(await versions.get('doc-bbbb', again.id)).toBeNull();
      expect(await versions.get('doc-aaaa', 'missing')).toBeNull();
      expect(await versions.list('doc-cccc')).toEqual([]);
    });

    it('[H8] indexes client ids in batches; the first person seen with one keeps it', async () => {
      expect(await versions.indexedSeq('doc-aaaa')).toBe(0);
      expect(await versions.indexedClients('doc-aaaa')).toEqual(new Map());
      const first = {
        afterSeq: 0,
        throughSeq: 3,
        clients: [
          { clientId: 1, userId: 'u1', seq: 1 },
          { clientId: 2, userId: null, seq: 2 },
          { clientId: 1, userId: 'u9', seq: 3 },
        ],
        deletions: [],
      };
      expect(await versions.addToIndex('doc-aaaa', first)).toBe(true);
      expect(await versions.indexedSeq('doc-aaaa')).toBe(3);
      // A server-made update with a client id leaves it unowned until a person is seen with it.
      const second = {
        afterSeq: 3,
        throughSeq: 5,
        clients: [{ clientId: 2, userId: 'u2', seq: 5 }],
        deletions: [],
      };
      expect(await versions.addToIndex('doc-aaaa', second)).toBe(true);
      expect(await versions.indexedClients('doc-aaaa')).toEqual(
        new Map([
          [1, 'u1'],
          [2, 'u2'],
        ]),
      );
      expect(await versions.indexedSeq('doc-bbbb')).toBe(0);
      expect(await versions.indexedClients('doc-bbbb')).toEqual(new Map());
    });

    it('[H8] refuses a batch that does not start where the index ends (a concurrent indexer)', async () => {
      const batch = {
        afterSeq: 0,
        throughSeq: 2,
        clients: [{ clientId: 1, userId: 'u1', seq: 1 }],
        deletions: [{ clientId: 1, clock: 0, len: 2, seq: 2, userId: 'u1' }],
      };
      expect(await versions.addToIndex('doc-aaaa', batch)).toBe(true);
      expect(await versions.addToIndex('doc-aaaa', batch)).toBe(false);
      expect(await versions.addToIndex('doc-aaaa', { ...batch, afterSeq: 1, throughSeq: 4 })).toBe(
        false,
      );
      expect(await versions.indexedSeq('doc-aaaa')).toBe(2);
      expect(await versions.deletions('doc-aaaa', 1, 0, 10)).toHaveLength(1);
    });

    it('[H5] a restore assigns its client id to the person who restored, over the index', async () => {
      await versions.addToIndex('doc-aaaa', {
        afterSeq: 0,
        throughSeq: 1,
        clients: [{ clientId: 5, userId: null, seq: 1 }],
        deletions: [],
      });
      await versions.assignClient('doc-aaaa', 5, 'u5', 1);
      await versions.assignClient('doc-aaaa', 6, 'u6', 1);
      expect(await versions.indexedClients('doc-aaaa')).toEqual(
        new Map([
          [5, 'u5'],
          [6, 'u6'],
        ]),
      );
      expect(await versions.indexedSeq('doc-aaaa')).toBe(1);
    });

    it('[H6] answers deletions of one client between two seqs, by clock', async () => {
      await versions.addToIndex('doc-aaaa', {
        afterSeq: 0,
        throughSeq: 6,
        clients: [],
        deletions: [
          { clientId: 1, clock: 10, len: 2, seq: 4, userId: 'u2' },
          { clientId: 1, clock: 0, len: 3, seq: 2, userId: 'u1' },
          { clientId: 2, clock: 0, len: 1, seq: 3, userId: 'u1' },
          { clientId: 1, clock: 20, len: 1, seq: 6, userId: null },
        ],
      });
      expect(await versions.deletions('doc-aaaa', 1, 0, 6)).toEqual([
        { clock: 0, len: 3, userId: 'u1' },
        { clock: 10, len: 2, userId: 'u2' },
        { clock: 20, len: 1, userId: null },
      ]);
      // afterSeq < seq <= uptoSeq
      expect(await versions.deletions('doc-aaaa', 1, 2, 5)).toEqual([
        { clock: 10, len: 2, userId: 'u2' },
      ]);
      expect(await versions.deletions('doc-aaaa', 3, 0, 6)).toEqual([]);
      expect(await versions.deletions('doc-bbbb', 1, 0, 6)).toEqual([]);
    });
  });
}
