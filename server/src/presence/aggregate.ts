import type { Side } from '@tandem/domain';
import type { PresenceAggregate, PresenceEntry, PresenceSnapshot } from '@tandem/protocol';

/**
 * Folds tabs into people and people into places: "32 viewing §4". A person counts once per
 * place even with several tabs there; the most recently changed tab decides where they are.
 */
export function buildSnapshot(
  workspaceId: string,
  entries: readonly PresenceEntry[],
  withEntries: boolean,
): PresenceSnapshot {
  const latestByUser = new Map<string, PresenceEntry>();
  for (const e of entries) {
    const seen = latestByUser.get(e.userId);
    if (!seen || seen.updatedAt < e.updatedAt) latestByUser.set(e.userId, e);
  }
  const places = new Map<string, PresenceAggregate>();
  for (const e of latestByUser.values()) {
    const section = e.location?.section ?? null;
    const key = `${e.documentId ?? ''}\u0000${section ?? ''}`;
    let place = places.get(key);
    if (!place) {
      place = { documentId: e.documentId, section, count: 0, bySide: emptySides() };
      places.set(key, place);
    }
    place.count += 1;
    place.bySide[e.side] += 1;
  }
  const aggregate = [...places.values()].sort((a, b) => b.count - a.count);
  const snapshot: PresenceSnapshot = { workspaceId, people: latestByUser.size, aggregate };
  if (withEntries) {
    snapshot.entries = [...entries].sort(
      (a, b) => a.name.localeCompare(b.name) || a.connId.localeCompare(b.connId),
    );
  }
  return snapshot;
}

const emptySides = (): Record<Side, number> => ({ school: 0, enterprise: 0 });
