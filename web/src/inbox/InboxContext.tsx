import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import { useRealtime } from '../presence';
import { InboxStore, type InboxView } from './InboxStore';

const InboxContext = createContext<InboxStore | null>(null);

/** One inbox per signed-in tab, on the tab's realtime socket. */
export function InboxProvider({ children }: { children: ReactNode }) {
  const realtime = useRealtime();
  const socket = realtime?.socket ?? null;
  const [store, setStore] = useState<InboxStore | null>(null);
  useEffect(() => {
    if (!socket) return;
    const made = new InboxStore(socket);
    setStore(made);
    return () => {
      made.destroy();
      setStore(null);
    };
  }, [socket]);
  return <InboxContext.Provider value={store}>{children}</InboxContext.Provider>;
}

export function useInboxStore(): InboxStore | null {
  return useContext(InboxContext);
}

const EMPTY: InboxView = {
  unread: 0,
  notifications: null,
  nextBefore: null,
  loading: false,
  failed: false,
};
const noop = () => () => undefined;

/** The inbox as it is now; re-renders when it changes. */
export function useInboxView(): InboxView {
  const store = useInboxStore();
  return useSyncExternalStore(store?.subscribe ?? noop, store?.getView ?? (() => EMPTY));
}

/**
 * Calls `onChange` whenever a notification arrives or one is read or done elsewhere: pages that
 * show what awaits the person (the document list) read it again then.
 */
export function useInboxChanges(onChange: () => void): void {
  const realtime = useRealtime();
  useEffect(() => {
    const socket = realtime?.socket;
    if (!socket) return;
    socket.on('inbox:new', onChange);
    socket.on('inbox:unread', onChange);
    return () => {
      socket.off('inbox:new', onChange);
      socket.off('inbox:unread', onChange);
    };
  }, [realtime, onChange]);
}
