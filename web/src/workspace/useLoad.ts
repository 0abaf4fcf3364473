import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'error'; error: ApiError };

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, null, String(error));
}

/**
 * Loads `load` on mount and whenever its identity changes (showing loading again rather than the
 * old answer); `reload` reads again without going back to the loading state, so a list or a
 * timeline does not flash while it refreshes after an action.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [current, setCurrent] = useState(() => load);
  if (current !== load) {
    // A new question (another version, another filter): show loading rather than the old answer.
    setCurrent(() => load);
    setLoaded({ state: 'loading' });
  }
  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setLoaded({ state: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [loaded, reload];
}
