import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentStore } from './DocumentStore';
import { GENESIS_HASH, type NewSignoff, type SignoffStore, verifyChain } from './SignoffStore';

const signoff = (docId: string, userId: string, versionId = 'v1'): NewSignoff => ({
  docId,
  versionId,
  stateHash: 'abc',
  userId,
  side: 'school',
  decision: 'approve',
  comment: '',
});

/** Sign-offs, every driver: run against the stores a DocumentStore builds. */
export function describeSignoffStoreContract(name: string, open: () => DocumentStore): void {
  describe(`SignoffStore contract: ${name}`, () => {
    let store: DocumentStore;
    let signoffs: SignoffStore;
    /** Sign-offs are of a version: one per document, as the review service makes them. */
    const versionOf = new Map<string, string>();
    const of = (docId: string, userId: string) =>
      signoff(docId, userId, versionOf.get(docId) ?? 'none');
    beforeEach(async () => {
      store = open();
      signoffs = store.historyStores().signoffs;
      for (const id of ['doc-aaaa', 'doc-bbbb']) {
        await store.createDocument({ id, type: 'notes', title: id });
        const version = await store.historyStores().versions.add({
          docId: id,
          seq: 0,
          kind: 'named',
          label: 'for sign-off',
          reason: null,
          createdBy: 'u1',
          stateHash: 'abc',
          authors: [],
          summary: '',
        });
        versionOf.set(id, version.id);
      }
    });
    afterEach(async () => {
      await store.close();
    });

    it('[H10] chains each document’s sign-offs by hash, in order, from the genesis hash', async () => {
      const first = await signoffs.add(of('doc-aaaa', 'u1'));
      const second = await signoffs.add({ ...of('doc-aaaa', 'u2'), side: 'enterprise' });
      await signoffs.add(of('doc-bbbb', 'u1'));
      expect(first.prevHash).toBe(GENESIS_HASH);
      expect(second.prevHash).toBe(first.recordHash);
      const chain = await signoffs.list('doc-aaaa');
      expect(chain.map((s) => s.userId)).toEqual(['u1', 'u2']);
      expect(verifyChain(chain)).toEqual([]);
      expect((await signoffs.list('doc-bbbb'))[0]?.prevHash).toBe(GENESIS_HASH);
    });

    it('[H10] sign-offs added at the same moment still form one chain', async () => {
      const added = await Promise.all(
        ['u1', 'u2', 'u3', 'u4'].map((u) => signoffs.add(of('doc-aaaa', u))),
      );
      const chain = await signoffs.list('doc-aaaa');
      expect(chain).toHaveLength(4);
      expect(new Set(chain.map((s) => s.prevHash)).size).toBe(4);
      expect(verifyChain(chain)).toEqual([]);
      expect(chain.map((s) => s.id).sort()).toEqual(added.map((s) => s.id).sort());
    });

    it('[H10] a record changed after it was listed no longer verifies', async () => {
      await signoffs.add(of('doc-aaaa', 'u1'));
      const [record] = await signoffs.list('doc-aaaa');
      if (!record) throw new Error('no record');
      expect(verifyChain([{ ...record, decision: 'request-changes' }])).toHaveLength(1);
      // What the store hands out is a copy: changing it changes nothing stored.
      record.comment = 'tampered';
      expect(verifyChain(await signoffs.list('doc-aaaa'))).toEqual([]);
    });

    it('lists nothing for a document without sign-offs', async () => {
      expect(await signoffs.list('doc-bbbb')).toEqual([]);
    });
  });
}
