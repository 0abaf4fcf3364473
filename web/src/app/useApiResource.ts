import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'error'; error: ApiError };

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, null, String(error));
}

/** Loads `load` on mount and whenever its identity changes; `retry` loads again. */
export function useApiResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    // `attempt` is read so that retry() re-runs this effect.
    void attempt;
    const controller = new AbortController();
    setResource({ state: 'loading' });
    load(controller.signal).then(
      (data) => setResource({ state: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResource({ state: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [resource, retry];
}
