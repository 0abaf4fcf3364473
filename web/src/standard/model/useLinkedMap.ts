import { useEffect, useState } from 'react';
import { DocSnapshotStore, type MapModel, openReadOnlyDoc, readMapModel } from '../../curriculum';

export type LinkedMap =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'unavailable' }
  | { state: 'ready'; model: MapModel };

/**
 * The curriculum map a standard is written against (`info.mapDocumentId`), opened read-only
 * through a second connection and kept live: when someone changes the course's hours in the map,
 * R9 here is re-judged at once.
 */
export function useLinkedMap(mapDocumentId: string | null): LinkedMap {
  const [linked, setLinked] = useState<LinkedMap>({ state: mapDocumentId ? 'loading' : 'none' });
  useEffect(() => {
    if (!mapDocumentId) {
      setLinked({ state: 'none' });
      return;
    }
    setLinked({ state: 'loading' });
    const handle = openReadOnlyDoc(mapDocumentId);
    const store = new DocSnapshotStore(handle.doc, readMapModel);
    let unsubscribe: (() => void) | null = null;
    let live = true;
    void handle.ready.then((outcome) => {
      if (!live) return;
      if (outcome === 'unavailable') {
        setLinked({ state: 'unavailable' });
        return;
      }
      unsubscribe = store.subscribe(() =>
        setLinked({ state: 'ready', model: store.getSnapshot() }),
      );
      setLinked({ state: 'ready', model: store.getSnapshot() });
    });
    return () => {
      live = false;
      unsubscribe?.();
      handle.destroy();
    };
  }, [mapDocumentId]);
  return linked;
}
