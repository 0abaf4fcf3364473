import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useAuth } from '../auth';
import { PresenceClient } from './PresenceClient';
import { createRealtimeSocket, type RealtimeSocket } from './realtimeSocket';
import { useActivityStatus } from './useActivityStatus';

export interface Realtime {
  socket: RealtimeSocket;
  presence: PresenceClient;
  userId: string;
}

const RealtimeContext = createContext<Realtime | null>(null);

/** The realtime connection of this tab, or null while signed out. */
export function useRealtime(): Realtime | null {
  return useContext(RealtimeContext);
}

function ActivityReporter({ presence }: { presence: PresenceClient }) {
  const status = useActivityStatus();
  useEffect(() => presence.setStatus(status), [presence, status]);
  return null;
}

/**
 * One socket.io connection per signed-in tab, shared by presence and committee sessions. It is
 * opened on sign-in and closed on sign-out; by default the tab is present in its first workspace
 * (pages of another workspace switch it).
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const userId = state.status === 'signed-in' ? state.user.id : null;
  const firstWorkspace = state.status === 'signed-in' ? (state.workspaces[0]?.id ?? null) : null;
  const [realtime, setRealtime] = useState<Realtime | null>(null);

  useEffect(() => {
    if (!userId) return;
    const socket = createRealtimeSocket();
    const presence = new PresenceClient(socket);
    setRealtime({ socket, presence, userId });
    return () => {
      presence.destroy();
      socket.disconnect();
      setRealtime(null);
    };
  }, [userId]);

  useEffect(() => {
    if (realtime && !realtime.presence.getView().workspaceId) {
      realtime.presence.setWorkspace(firstWorkspace);
    }
  }, [realtime, firstWorkspace]);

  return (
    <RealtimeContext.Provider value={realtime}>
      {realtime && <ActivityReporter presence={realtime.presence} />}
      {children}
    </RealtimeContext.Provider>
  );
}
