import type { PolicyChange, PolicyStore, PolicyVersion } from './PolicyStore';

/** Adopted policy versions in memory, ascending by version per map. */
export class MemoryPolicyStore implements PolicyStore {
  private readonly maps = new Map<string, PolicyVersion[]>();

  async latest(docId: string): Promise<PolicyVersion | null> {
    const last = this.maps.get(docId)?.at(-1);
    return last ? structuredClone(last) : null;
  }

  async list(docId: string): Promise<PolicyVersion[]> {
    return structuredClone(this.maps.get(docId) ?? []);
  }

  async append(
    docId: string,
    baseVersion: number,
    next: PolicyChange,
    initial: PolicyChange,
  ): Promise<PolicyVersion | null> {
    const versions = this.maps.get(docId) ?? [];
    if ((versions.at(-1)?.version ?? 0) !== baseVersion) return null;
    if (versions.length === 0) versions.push(structuredClone({ ...initial, docId, version: 0 }));
    const version: PolicyVersion = { ...next, docId, version: baseVersion + 1 };
    versions.push(structuredClone(version));
    this.maps.set(docId, versions);
    return version;
  }

  async remove(docId: string, version: number): Promise<void> {
    const versions = this.maps.get(docId);
    if (versions)
      this.maps.set(
        docId,
        versions.filter((v) => v.version !== version),
      );
  }
}
