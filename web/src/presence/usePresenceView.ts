import type { PresenceEntry } from '@tandem/protocol';
import { useEffect, useSyncExternalStore } from 'react';
import type { PresenceView } from './PresenceClient';
import { useRealtime } from './RealtimeProvider';

const OFFLINE: PresenceView = {
  connection: 'connecting',
  workspaceId: null,
  mode: 'full',
  snapshot: null,
  degraded: false,
  selfConnId: null,
  documentId: null,
  location: null,
};

const noop = () => () => undefined;

/** The live presence of this tab's workspace. */
export function usePresenceView(): PresenceView {
  const realtime = useRealtime();
  return useSyncExternalStore(
    realtime?.presence.subscribe ?? noop,
    realtime?.presence.getView ?? (() => OFFLINE),
  );
}

/** Pages of one workspace make the tab present there. */
export function usePresenceWorkspace(workspaceId: string | null): void {
  const realtime = useRealtime();
  useEffect(() => {
    if (realtime && workspaceId) realtime.presence.setWorkspace(workspaceId);
  }, [realtime, workspaceId]);
}

export interface PresentPerson {
  /** One per person: their most recently active tab. */
  entry: PresenceEntry;
  tabs: number;
  isSelf: boolean;
}

const STATUS_RANK = { active: 0, idle: 1, away: 2 } as const;

/** People (not tabs, P3), self first, then active before idle before away, then by name. */
export function peopleOf(entries: readonly PresenceEntry[], selfUserId: string): PresentPerson[] {
  const byUser = new Map<string, PresentPerson>();
  for (const entry of entries) {
    const known = byUser.get(entry.userId);
    if (!known) {
      byUser.set(entry.userId, { entry, tabs: 1, isSelf: entry.userId === selfUserId });
      continue;
    }
    known.tabs += 1;
    const better =
      STATUS_RANK[entry.status] < STATUS_RANK[known.entry.status] ||
      (entry.status === known.entry.status && entry.updatedAt > known.entry.updatedAt);
    if (better) known.entry = entry;
  }
  return [...byUser.values()].sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) ||
      STATUS_RANK[a.entry.status] - STATUS_RANK[b.entry.status] ||
      a.entry.name.localeCompare(b.entry.name),
  );
}
