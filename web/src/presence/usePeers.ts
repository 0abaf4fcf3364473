import { useCallback, useRef, useSyncExternalStore } from 'react';
import { colorForName } from './identity';

/** The part of a y-protocols Awareness the presence strip needs; keeps presence/ provider-agnostic. */
export interface AwarenessLike {
  clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  on(event: 'change', listener: () => void): void;
  off(event: 'change', listener: () => void): void;
}

export type PeerSide = 'school' | 'enterprise';

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  /** Which side of the partnership the person is on, when their client says so. */
  side: PeerSide | null;
  isSelf: boolean;
}

/** Tandem puts `{ side }` in the `awarenessData` Lexical publishes next to name and colour. */
function readSide(state: Record<string, unknown>): PeerSide | null {
  const data = state.awarenessData;
  if (typeof data !== 'object' || data === null || !('side' in data)) return null;
  return data.side === 'school' || data.side === 'enterprise' ? data.side : null;
}

function readPeers(awareness: AwarenessLike): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    // Lexical's CollaborationPlugin publishes `name` and `color`; a client that has not done so
    // yet (still connecting) is not shown rather than shown as a blank avatar.
    const name = typeof state.name === 'string' ? state.name.trim() : '';
    if (name === '') continue;
    const color = typeof state.color === 'string' ? state.color : colorForName(name);
    peers.push({
      clientId,
      name,
      color,
      side: readSide(state),
      isSelf: clientId === awareness.clientID,
    });
  }
  return peers.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
}

function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  return (
    a.length === b.length &&
    a.every((peer, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        other.clientId === peer.clientId &&
        other.name === peer.name &&
        other.color === peer.color &&
        other.side === peer.side
      );
    })
  );
}

/**
 * Everyone present in the document, self first. Awareness emits `change` only when a state really
 * changed (not on every heartbeat), and the snapshot is reused while the list is equal so React
 * does not re-render on cursor moves.
 */
export function usePeers(awareness: AwarenessLike): Peer[] {
  const snapshot = useRef<Peer[]>([]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    const next = readPeers(awareness);
    if (!samePeers(snapshot.current, next)) snapshot.current = next;
    return snapshot.current;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
