import type { Role } from '@tandem/domain';
import type { UserDto, WorkspaceSummary } from '@tandem/protocol';
import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import * as api from '../api';

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: UserDto; workspaces: WorkspaceSummary[] }
  /** The server could not say who we are (unreachable, 5xx); retry rather than ask to sign in. */
  | { status: 'error'; error: api.ApiError };

export interface AuthContextValue {
  state: AuthState;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Reads the session again (after an error, or when our access may have changed). */
  retry: () => void;
  /** The signed-in user's role in a workspace, or null. */
  roleIn: (workspaceId: string | null) => Role | null;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

function toApiError(error: unknown): api.ApiError {
  return error instanceof api.ApiError ? error : new api.ApiError(0, null, String(error));
}

/** Who is signed in, from GET /api/auth/me; sign-in and sign-out; reacts to expired sessions. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const loadMe = useCallback(async (signal?: AbortSignal) => {
    try {
      const me = await api.fetchMe(signal);
      api.setCsrfToken(me.csrfToken);
      setState({ status: 'signed-in', user: me.user, workspaces: me.workspaces });
    } catch (error) {
      if (signal?.aborted) return;
      const apiError = toApiError(error);
      api.setCsrfToken(null);
      setState(
        apiError.status === 401 ? { status: 'signed-out' } : { status: 'error', error: apiError },
      );
    }
  }, []);

  useEffect(() => {
    void attempt;
    const controller = new AbortController();
    void loadMe(controller.signal);
    return () => controller.abort();
  }, [loadMe, attempt]);

  useEffect(
    () =>
      api.onUnauthorized(() => {
        api.setCsrfToken(null);
        setState({ status: 'signed-out' });
      }),
    [],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await api.login({ email, password });
      api.setCsrfToken(session.csrfToken);
      await loadMe();
    },
    [loadMe],
  );

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // Signing out locally is what the user asked for; a server that is down forgets anyway
      // when the session expires.
    }
    api.setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const value = useMemo<AuthContextValue>(
    () => ({
      state,
      signIn,
      signOut,
      retry,
      roleIn: (workspaceId) =>
        state.status === 'signed-in'
          ? (state.workspaces.find((w) => w.id === workspaceId)?.role ?? null)
          : null,
    }),
    [state, signIn, signOut, retry],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
