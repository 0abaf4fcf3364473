import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { getWorkspace } from '../api';
import { useAuth } from '../auth';
import { type DetailEntry, WorkspaceDetailStore } from './WorkspaceDetailStore';

const store = new WorkspaceDetailStore((workspaceId) => getWorkspace(workspaceId));

/** Calls `listener` when the window comes back into view: the time to catch up on others' changes. */
export function onWindowFocus(listener: () => void): () => void {
  const onVisible = () => {
    if (document.visibilityState === 'visible') listener();
  };
  window.addEventListener('focus', onVisible);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    window.removeEventListener('focus', onVisible);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

/**
 * The workspace's members, pairs and our role, shared across the app. Read again when our role
 * (from /api/auth/me) changes (an owner changed it; the sync socket said ACCESS_CHANGED) and
 * when the window regains focus.
 */
export function useWorkspaceDetail(workspaceId: string): [DetailEntry, () => Promise<void>] {
  const { state, roleIn } = useAuth();
  const userId = state.status === 'signed-in' ? state.user.id : '';
  const key = WorkspaceDetailStore.key(userId, workspaceId);
  const entry = useSyncExternalStore(store.subscribe, () => store.get(key));
  const refresh = useCallback(() => store.refresh(key, workspaceId), [key, workspaceId]);
  const role = roleIn(workspaceId);

  useEffect(() => {
    void store.ensure(key, workspaceId);
  }, [key, workspaceId]);

  useEffect(() => {
    const current = store.get(key);
    if (current.status === 'ready' && current.detail.role !== role) void refresh();
    if (current.status === 'error' && role !== null) void refresh();
  }, [key, role, refresh]);

  useEffect(() => onWindowFocus(() => void refresh()), [refresh]);

  return [entry, refresh];
}
