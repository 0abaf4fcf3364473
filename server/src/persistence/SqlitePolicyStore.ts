import type { PolicyEntries } from '@tandem/domain';
import type { SqliteDatabase } from './openDatabase';
import type { PolicyChange, PolicyStore, PolicyVersion } from './PolicyStore';

interface Row {
  doc_id: string;
  version: number;
  override: string;
  profile_id: string;
  changed_by: string | null;
  changed_at: number;
}

const toVersion = (r: Row): PolicyVersion => ({
  docId: r.doc_id,
  version: r.version,
  override: JSON.parse(r.override) as PolicyEntries,
  profileId: r.profile_id,
  changedBy: r.changed_by,
  changedAt: r.changed_at,
});

/** Adopted policy versions in the accounts' SQLite file (`policy_versions`). */
export class SqlitePolicyStore implements PolicyStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDatabase) {
    this.stmt = {
      list: db.prepare('SELECT * FROM policy_versions WHERE doc_id = ? ORDER BY version'),
      latest: db.prepare(
        'SELECT * FROM policy_versions WHERE doc_id = ? ORDER BY version DESC LIMIT 1',
      ),
      insert: db.prepare(
        `INSERT INTO policy_versions (doc_id, version, override, profile_id, changed_by, changed_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      remove: db.prepare('DELETE FROM policy_versions WHERE doc_id = ? AND version = ?'),
    };
  }

  async latest(docId: string): Promise<PolicyVersion | null> {
    return this.readLatest(docId);
  }

  async list(docId: string): Promise<PolicyVersion[]> {
    return (this.stmt.list.all(docId) as Row[]).map(toVersion);
  }

  async append(
    docId: string,
    baseVersion: number,
    next: PolicyChange,
    initial: PolicyChange,
  ): Promise<PolicyVersion | null> {
    // The check and the insert in one transaction: two owners saving at once never both win.
    return this.db
      .transaction(() => {
        const latest = this.readLatest(docId);
        if ((latest?.version ?? 0) !== baseVersion) return null;
        if (!latest) this.insert({ ...initial, docId, version: 0 });
        const version: PolicyVersion = { ...next, docId, version: baseVersion + 1 };
        this.insert(version);
        return version;
      })
      .immediate();
  }

  async remove(docId: string, version: number): Promise<void> {
    this.stmt.remove.run(docId, version);
  }

  /** Synchronous, for use inside a transaction. */
  private readLatest(docId: string): PolicyVersion | null {
    const row = this.stmt.latest.get(docId) as Row | undefined;
    return row ? toVersion(row) : null;
  }

  private insert(v: PolicyVersion): void {
    this.stmt.insert.run(
      v.docId,
      v.version,
      JSON.stringify(v.override),
      v.profileId,
      v.changedBy,
      v.changedAt,
    );
  }
}
