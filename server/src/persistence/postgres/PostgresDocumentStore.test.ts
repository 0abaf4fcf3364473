import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../errors';
import type { UpdateSource } from '../DocumentStore';
import { describeDocumentStoreContract } from '../DocumentStore.contract';
import { PACK_TARGET_BYTES } from '../packedLog';
import { MIGRATIONS } from './migrate';
import { createPostgresDb, openPostgres } from './openPostgres';
import { PostgresDocumentStore } from './PostgresDocumentStore';
import { useTestSchema } from './testSchema';

const schema = useTestSchema();
const source: UpdateSource = { connId: 'c', userId: null, clientIds: [] };

describeDocumentStoreContract('postgres', () => new PostgresDocumentStore(schema.open()));

describe('PostgresDocumentStore', () => {
  it('numbers the appends of two nodes to one document 1…n, none lost or doubled', async () => {
    // Two stores over two pools: as two server processes sharing one database.
    const a = new PostgresDocumentStore(schema.open());
    const b = new PostgresDocumentStore(schema.open());
    try {
      await a.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const appends = (store: PostgresDocumentStore, node: string) =>
        Array.from({ length: 40 }, (_, i) =>
          i % 4 === 0
            ? store.appendUpdates('doc-aaaa', [
                { update: new Uint8Array([0, 0]), source: { ...source, connId: `${node}${i}a` } },
                { update: new Uint8Array([0, 0]), source: { ...source, connId: `${node}${i}b` } },
              ])
            : store.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), {
                ...source,
                connId: `${node}${i}`,
              }),
        );
      const seqs = (await Promise.all([...appends(a, 'a'), ...appends(b, 'b')])).flat();
      expect(seqs.sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      const logged = await b.readUpdates('doc-aaaa', 0);
      expect(logged.map((u) => u.seq)).toEqual(seqs);
      expect(new Set(logged.map((u) => u.connId)).size).toBe(100);
      // A batch stays in one piece, in order.
      const first = logged.findIndex((u) => u.connId === 'a0a');
      expect(logged[first + 1]?.connId).toBe('a0b');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('packs a log once when two nodes pack it at the same time, appends going on', async () => {
    const a = new PostgresDocumentStore(schema.open());
    const b = new PostgresDocumentStore(schema.open());
    try {
      await a.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const append = (store: PostgresDocumentStore, i: number) =>
        store.appendUpdate('doc-aaaa', Uint8Array.of(0, 0, i), { ...source, connId: `c${i}` });
      for (let i = 1; i <= 60; i++) await append(a, i);
      const before = await a.readUpdates('doc-aaaa', 0);
      await a.writeCheckpoint('doc-aaaa', 60, new Uint8Array([0, 0]));
      const [packedA, packedB, ...seqs] = await Promise.all([
        a.packLog('doc-aaaa', 60),
        b.packLog('doc-aaaa', 60),
        append(b, 61),
        append(a, 62),
      ]);
      // Whichever took the lock first packed all 60; the other found nothing loose.
      expect([packedA, packedB].sort()).toEqual([0, 60]);
      expect(seqs.sort()).toEqual([61, 62]);
      const after = await b.readUpdates('doc-aaaa', 0);
      expect(after.slice(0, 60)).toEqual(before);
      expect(after.map((u) => u.seq)).toEqual(Array.from({ length: 62 }, (_, i) => i + 1));
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM doc_updates WHERE doc_id = 'doc-aaaa'`.execute(a.db);
      expect(rows[0]?.n).toBe(2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('grows its newest pack by each checkpoint until it reaches the target size, then starts another', async () => {
    const store = new PostgresDocumentStore(schema.open());
    const packs = async () =>
      (
        await sql<{ first: number; last: number; size: number }>`
          SELECT first_seq::int AS first, last_seq::int AS last, octet_length(data) AS size
          FROM doc_log_packs WHERE doc_id = 'doc-aaaa' ORDER BY last_seq`.execute(store.db)
      ).rows;
    try {
      await store.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      for (let i = 1; i <= 20; i++)
        await store.appendUpdate('doc-aaaa', Uint8Array.of(0, 0, i), source);
      expect(await store.packLog('doc-aaaa', 10)).toBe(10);
      expect(await store.packLog('doc-aaaa', 20)).toBe(10);
      expect(await packs()).toMatchObject([{ first: 1, last: 20 }]);
      // 3 KiB that do not compress: ~40 fill more than one pack (TOAST stores them out of line).
      for (let i = 0; i < 40; i++)
        await store.appendUpdate('doc-aaaa', randomBytes(3 * 1024), source);
      const before = await store.readUpdates('doc-aaaa', 0);
      expect(await store.packLog('doc-aaaa', 60)).toBe(40);
      const after = await packs();
      expect(after.length).toBeGreaterThan(2);
      expect(after.flatMap((p) => [p.first, p.last])).toEqual([
        1,
        ...after.slice(0, -1).flatMap((p) => [p.last, p.last + 1]),
        60,
      ]);
      for (const pack of after.slice(0, -1))
        expect(pack.size).toBeGreaterThan(PACK_TARGET_BYTES * 0.75);
      for (const pack of after) expect(pack.size).toBeLessThanOrEqual(PACK_TARGET_BYTES * 1.25);
      expect(await store.readUpdates('doc-aaaa', 0)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('gives a client id to whoever logged it first, across nodes', async () => {
    const a = new PostgresDocumentStore(schema.open());
    try {
      await a.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'A' });
      const u = new Uint8Array([0, 0]);
      await a.appendUpdates('doc-aaaa', [
        { update: u, source: { connId: 'c1', userId: 'ann', clientIds: [4_000_000_000, 7] } },
        { update: u, source: { connId: 'c2', userId: 'bob', clientIds: [7, 8] } },
      ]);
      await a.appendUpdate('doc-aaaa', u, {
        connId: 'c3',
        userId: 'bob',
        clientIds: [4_000_000_000],
      });
      expect(await a.clientOwners('doc-aaaa')).toEqual(
        new Map([
          [4_000_000_000, 'ann'],
          [7, 'ann'],
          [8, 'bob'],
        ]),
      );
    } finally {
      await a.close();
    }
  });

  it('keeps documents and the log across a reopen', async () => {
    const first = new PostgresDocumentStore(schema.open());
    await first.createDocument({ id: 'doc-aaaa', type: 'notes', title: 'Kept' });
    await first.appendUpdate('doc-aaaa', new Uint8Array([1, 2, 3]), source);
    await first.close();
    const second = new PostgresDocumentStore(schema.open());
    try {
      expect(await second.getDocument('doc-aaaa')).toMatchObject({ title: 'Kept' });
      expect((await second.readUpdates('doc-aaaa', 0))[0]?.update).toEqual(
        new Uint8Array([1, 2, 3]),
      );
      expect(await second.appendUpdate('doc-aaaa', new Uint8Array([0, 0]), source)).toBe(2);
    } finally {
      await second.close();
    }
  });

  it('records its migrations in the database and refuses a schema from a newer build', async () => {
    const db = schema.open();
    try {
      const { rows } = await sql<{ name: string }>`
        SELECT name FROM kysely_migration ORDER BY name`.execute(db);
      expect(rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
      // Migrating again applies nothing.
      await (await openPostgres(schema.url, { schema: schema.name })).destroy();
      await sql`INSERT INTO kysely_migration (name, timestamp)
        VALUES ('9999_from_the_future', now()::text)`.execute(db);
      await expect(openPostgres(schema.url, { schema: schema.name })).rejects.toThrow(
        /9999_from_the_future.*upgrade Tandem/,
      );
      await sql`DELETE FROM kysely_migration WHERE name = '9999_from_the_future'`.execute(db);
    } finally {
      await db.destroy();
    }
  });

  it('reports a database that does not answer as a StoreError', async () => {
    const store = new PostgresDocumentStore(
      createPostgresDb('postgresql://postgres@127.0.0.1:1/test'),
    );
    try {
      await expect(store.ping()).rejects.toThrow(StoreError);
      await expect(store.getDocument('doc-aaaa')).rejects.toThrow(/postgres: .*ECONNREFUSED/);
    } finally {
      await store.close();
    }
  });
});
