import type { PolicyEntries } from '@tandem/domain';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { PolicyChange, PolicyStore, PolicyVersion } from '../PolicyStore';
import type { Database, PolicyVersionsTable } from './Database';
import { withStoreError } from './withStoreError';

/**
 * Adopted policy versions beside the accounts (`policy_versions`). Two owners saving at once,
 * on one node or two, both insert the next version; the primary key lets one in and the other
 * is told it was not based on the latest.
 */
export class PostgresPolicyStore implements PolicyStore {
  constructor(private readonly db: Kysely<Database>) {}

  async latest(docId: string): Promise<PolicyVersion | null> {
    const row = await this.run((db) =>
      db
        .selectFrom('policy_versions')
        .selectAll()
        .where('doc_id', '=', docId)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst(),
    );
    return row ? toVersion(row) : null;
  }

  async list(docId: string): Promise<PolicyVersion[]> {
    const rows = await this.run((db) =>
      db
        .selectFrom('policy_versions')
        .selectAll()
        .where('doc_id', '=', docId)
        .orderBy('version')
        .execute(),
    );
    return rows.map(toVersion);
  }

  async append(
    docId: string,
    baseVersion: number,
    next: PolicyChange,
    initial: PolicyChange,
  ): Promise<PolicyVersion | null> {
    const latest = await this.latest(docId);
    if ((latest?.version ?? 0) !== baseVersion) return null;
    const version: PolicyVersion = { ...next, docId, version: baseVersion + 1 };
    const added = await this.run((db) =>
      db.transaction().execute(async (trx) => {
        // Version 0 goes in with the first change, or not at all: whoever wrote it also wrote
        // version 1, which this insert then finds taken.
        if (!latest) await insertIfFree(trx, { ...initial, docId, version: 0 });
        return insertIfFree(trx, version);
      }),
    );
    return added ? version : null;
  }

  async remove(docId: string, version: number): Promise<void> {
    await this.run((db) =>
      db
        .deleteFrom('policy_versions')
        .where('doc_id', '=', docId)
        .where('version', '=', version)
        .execute(),
    );
  }

  private run<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return withStoreError(() => fn(this.db));
  }
}

/** Whether `v` went in: false when that version of the map exists already. */
async function insertIfFree(trx: Transaction<Database>, v: PolicyVersion): Promise<boolean> {
  const row = await trx
    .insertInto('policy_versions')
    .values({
      doc_id: v.docId,
      version: v.version,
      override: JSON.stringify(v.override),
      profile_id: v.profileId,
      changed_by: v.changedBy,
      changed_at: v.changedAt,
    })
    .onConflict((oc) => oc.columns(['doc_id', 'version']).doNothing())
    .returning('version')
    .executeTakeFirst();
  return row !== undefined;
}

function toVersion(r: Selectable<PolicyVersionsTable>): PolicyVersion {
  return {
    docId: r.doc_id,
    version: r.version,
    override: r.override as PolicyEntries,
    profileId: r.profile_id,
    changedBy: r.changed_by,
    changedAt: r.changed_at,
  };
}
