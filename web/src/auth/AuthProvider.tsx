import type { Role } from '@tandem/domain';
import type { MeResponse, UserDto, WorkspaceSummary } from '@tandem/protocol';
import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import * as api from '../api';
import { forgetLocalCopies } from '../editor/localCopies';

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
  /** Reads the session again and resolves once the state shows it (e.g. after an invitation signed us in). */
  reload: () => Promise<void>;
  /** The signed-in user's role in a workspace, or null. */
  roleIn: (workspaceId: string | null) => Role | null;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

function toApiError(error: unknown): api.ApiError {
  return error instanceof api.ApiError ? error : new api.ApiError(0, null, String(error));
}

function sameSession(state: AuthState, me: MeResponse): boolean {
  return (
    state.status === 'signed-in' &&
    JSON.stringify([state.user, state.workspaces]) === JSON.stringify([me.user, me.workspaces])
  );
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

  // Coming back to the window is when a role someone changed meanwhile should show. Quietly: a
  // failed check (offline) keeps the current state; a 401 is handled by onUnauthorized below.
  useEffect(() => {
    let last = 0;
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || Date.now() - last < 1000) return;
      last = Date.now();
      api.fetchMe().then(
        (me) => {
          api.setCsrfToken(me.csrfToken);
          setState((prev) =>
            sameSession(prev, me)
              ? prev
              : { status: 'signed-in', user: me.user, workspaces: me.workspaces },
          );
        },
        () => {
          // Offline or a server hiccup: what we showed a moment ago is still the best guess.
        },
      );
    };
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

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
    // Nothing of any document stays on a shared computer after its user signs out.
    await forgetLocalCopies().catch(() => undefined);
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const value = useMemo<AuthContextValue>(
    () => ({
      state,
      signIn,
      signOut,
      retry,
      reload: loadMe,
      roleIn: (workspaceId) =>
        state.status === 'signed-in'
          ? (state.workspaces.find((w) => w.id === workspaceId)?.role ?? null)
          : null,
    }),
    [state, signIn, signOut, retry, loadMe],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
