import type { HistoryDto, SignoffDto } from '@tandem/protocol';
import { useCallback, useEffect } from 'react';
import { getHistory, listSignoffs } from '../api';
import { type Loaded, useLoad } from '../workspace/useLoad';

export interface HistoryData {
  history: HistoryDto;
  signoffs: SignoffDto[];
}

/** How often an open history page catches up with others' versions and sign-offs. */
const REFRESH_MS = 15_000;

/**
 * The timeline and the sign-off records of one document, read together so adoption badges and
 * decisions always agree. Read again after our own actions, on focus, and every few seconds.
 */
export function useHistoryData(documentId: string): [Loaded<HistoryData>, () => void] {
  const load = useCallback(
    async (signal: AbortSignal): Promise<HistoryData> => {
      const [history, signoffs] = await Promise.all([
        getHistory(documentId, signal),
        listSignoffs(documentId, signal),
      ]);
      return { history, signoffs };
    },
    [documentId],
  );
  const [loaded, reload] = useLoad(load);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    const timer = setInterval(onVisible, REFRESH_MS);
    window.addEventListener('focus', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onVisible);
    };
  }, [reload]);
  return [loaded, reload];
}
