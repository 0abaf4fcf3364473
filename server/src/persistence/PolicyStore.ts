import type { PolicyEntries } from '@tandem/domain';

export interface PolicyVersion {
  docId: string;
  version: number;
  override: PolicyEntries;
  profileId: string;
  /** Null for version 0: the map as it was before its policy was governed. */
  changedBy: string | null;
  changedAt: number;
}

export type PolicyChange = Omit<PolicyVersion, 'docId' | 'version'>;

/**
 * Adopted policy versions per curriculum map, append-only. Asynchronous, so a driver may answer
 * over the network (PostgreSQL) as well as from a file.
 */
export interface PolicyStore {
  latest(docId: string): Promise<PolicyVersion | null>;
  /** Oldest first. */
  list(docId: string): Promise<PolicyVersion[]>;
  /**
   * Appends `next` as the version after `baseVersion`, in one step with the check, so two
   * owners saving at once never both win; `initial` records version 0 first when the map had
   * no governed version yet. Returns null when `baseVersion` is not the latest.
   */
  append(
    docId: string,
    baseVersion: number,
    next: PolicyChange,
    initial: PolicyChange,
  ): Promise<PolicyVersion | null>;
  /** Takes back a version whose write into the document failed. */
  remove(docId: string, version: number): Promise<void>;
}
