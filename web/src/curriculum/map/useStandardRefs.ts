import { readCourseStandard, type StandardRef } from '@tandem/domain';
import { useEffect, useState } from 'react';
import { listDocuments } from '../../api';
import { openReadOnlyDoc } from '../live/openReadOnlyDoc';

export interface TitledStandardRef extends StandardRef {
  title: string;
}

export type StandardRefs = { state: 'loading' } | { state: 'ready'; refs: TitledStandardRef[] };

/**
 * The course standards of this workspace that are written against this map, for "where used".
 * Each standard is opened read-only just long enough to read its course information.
 */
export function useStandardRefs(workspaceId: string | null, mapDocumentId: string): StandardRefs {
  const [state, setState] = useState<StandardRefs>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    const opened: Array<{ destroy(): void }> = [];
    const load = async () => {
      const { documents } = await listDocuments(controller.signal);
      const standards = documents.filter(
        (d) => d.type === 'course-standard' && d.workspaceId === workspaceId,
      );
      const refs = await Promise.all(
        standards.map(async (d) => {
          const handle = openReadOnlyDoc(d.id);
          opened.push(handle);
          const outcome = await handle.ready;
          const info = outcome === 'ready' ? readCourseStandard(handle.doc).info : null;
          handle.destroy();
          return info && info.mapDocumentId === mapDocumentId
            ? [{ documentId: d.id, title: d.title, standard: { info } }]
            : [];
        }),
      );
      if (!controller.signal.aborted) setState({ state: 'ready', refs: refs.flat() });
    };
    load().catch(() => {
      if (!controller.signal.aborted) setState({ state: 'ready', refs: [] });
    });
    return () => {
      controller.abort();
      for (const handle of opened) handle.destroy();
    };
  }, [workspaceId, mapDocumentId]);
  return state;
}
