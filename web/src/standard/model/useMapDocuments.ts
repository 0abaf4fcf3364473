import type { DocumentDto } from '@tandem/protocol';
import { useEffect, useState } from 'react';
import { listDocuments } from '../../api';

/** The curriculum maps of a workspace, for the standard's "which map" picker. */
export function useMapDocuments(workspaceId: string | null): DocumentDto[] {
  const [maps, setMaps] = useState<DocumentDto[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    listDocuments(controller.signal).then(
      ({ documents }) =>
        setMaps(
          documents.filter((d) => d.type === 'curriculum-map' && d.workspaceId === workspaceId),
        ),
      // The picker still shows the linked map's id; the list is a convenience.
      () => undefined,
    );
    return () => controller.abort();
  }, [workspaceId]);
  return maps;
}
