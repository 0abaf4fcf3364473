import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useRealtime } from '../presence';
import { revealSection } from './revealSection';
import { SessionClient, type SessionsView } from './SessionClient';

const SessionContext = createContext<SessionClient | null>(null);

export function useSessionClient(): SessionClient | null {
  return useContext(SessionContext);
}

/** From this many attendees on, someone with no part in the business only watches counts (P5). */
export const WATCH_FROM_ATTENDEES = 30;

/**
 * In a big live session, a pure watcher (not chair, presenter or voting member) subscribes to
 * presence counts instead of every person's moves: the list shows "32 viewing §4" instead.
 */
function WatchMode({ client }: { client: SessionClient }) {
  const realtime = useRealtime();
  const { active } = useSyncExternalStore(client.subscribe, client.getView);
  const state = active?.state;
  const userId = realtime?.userId ?? '';
  const watch =
    state?.status === 'live' &&
    state.attendance.length >= WATCH_FROM_ATTENDEES &&
    state.chairId !== userId &&
    state.presenterId !== userId &&
    !state.votingMembers.some((m) => m.userId === userId);
  useEffect(() => {
    realtime?.presence.setMode(watch ? 'watch' : 'full');
  }, [realtime, watch]);
  return null;
}

const EMPTY: SessionsView = { lists: new Map(), active: null };
const noop = () => () => undefined;

export function useSessionsView(): SessionsView {
  const client = useSessionClient();
  return useSyncExternalStore(client?.subscribe ?? noop, client?.getView ?? (() => EMPTY));
}

/**
 * Committee sessions for the tab, on the realtime socket. Following the presenter lives here,
 * above the routes, so it keeps working from any page: a follow moves this tab to the
 * presented document and scrolls to the section.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const realtime = useRealtime();
  const [client, setClient] = useState<SessionClient | null>(null);
  // Read through refs: navigate changes with every navigation (BrowserRouter), and re-running
  // the effect below would cancel the jump that navigation was for.
  const navigateNow = useNavigate();
  const navigate = useRef(navigateNow);
  navigate.current = navigateNow;
  const location = useLocation();
  const path = useRef(location.pathname);
  path.current = location.pathname;

  useEffect(() => {
    if (!realtime) return;
    const next = new SessionClient(realtime.socket);
    setClient(next);
    return () => {
      next.destroy();
      setClient(null);
    };
  }, [realtime]);

  /** Where following last took this tab. */
  const followedTo = useRef<string | null>(null);

  useEffect(() => {
    if (!client) return;
    let cancel: () => void = () => undefined;
    client.onFollow = (target) => {
      cancel();
      const to = `/d/${target.documentId}`;
      followedTo.current = to;
      if (path.current !== to) void navigate.current(to);
      cancel = target.section ? revealSection(target.section) : () => undefined;
    };
    return () => {
      cancel();
      client.onFollow = null;
    };
  }, [client]);

  // Going somewhere else yourself stops following, as in any follow-the-presenter tool; the
  // session bar offers to follow again. The session room is where you manage following.
  useEffect(() => {
    const active = client?.getView().active;
    const at = location.pathname;
    if (!client || !active?.following || !followedTo.current) return;
    if (at === followedTo.current || at.includes('/sessions/')) return;
    followedTo.current = null;
    void client.setFollowing(false);
  }, [client, location.pathname]);

  return (
    <SessionContext.Provider value={client}>
      {client && realtime && <WatchMode client={client} />}
      {children}
    </SessionContext.Provider>
  );
}
