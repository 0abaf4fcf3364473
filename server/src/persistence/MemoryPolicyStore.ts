import type { PolicyChange, PolicyStore, PolicyVersion } from './PolicyStore';

/** Adopted policy versions in memory, ascending by version per map. */
export class MemoryPolicyStore implements PolicyStore {
  private readonly maps = new Map<string, PolicyVersion[]>();

  latest(docId: string): PolicyVersion | null {
    const last = this.maps.get(docId)?.at(-1);
    return last ? structuredClone(last) : null;
  }

  list(docId: string): PolicyVersion[] {
    return structuredClone(this.maps.get(docId) ?? []);
  }

  append(
    docId: string,
    baseVersion: number,
    next: PolicyChange,
    initial: PolicyChange,
  ): PolicyVersion | null {
    const versions = this.maps.get(docId) ?? [];
    if ((versions.at(-1)?.version ?? 0) !== baseVersion) return null;
    if (versions.length === 0) versions.push(structuredClone({ ...initial, docId, version: 0 }));
    const version: PolicyVersion = { ...next, docId, version: baseVersion + 1 };
    versions.push(structuredClone(version));
    this.maps.set(docId, versions);
    return version;
  }

  remove(docId: string, version: number): void {
    const versions = this.maps.get(docId);
    if (versions)
      this.maps.set(
        docId,
        versions.filter((v) => v.version !== version),
      );
  }
}
