// Who is signed in: loaded from GET /auth/session at start, changed by signing in and out.
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import * as authApi from '../api/auth';
import { ApiError, onUnauthenticated } from '../api/client';
import type { Me } from '../api/types';
import { setBusinessTimeZone } from '../business-time';
import { adoptUserLocale } from '../i18n';

export type AuthState =
  | { status: 'loading' }
  /** `expired`: the session ended while the user was working; `signedOut`: the user signed out (the sign-in page says which). */
  | { status: 'anonymous'; expired?: boolean; signedOut?: boolean }
  | { status: 'failed'; error: unknown }
  | { status: 'signed-in'; me: Me };

interface AuthContextValue {
  state: AuthState;
  signIn: (email: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
  reload: () => void;
}

/** The first session check, started with the page (before the app renders) so it does not wait for the scripts. */
let firstCheck: Promise<Me | null> | undefined;

export function startSessionCheck(): void {
  // The built index.html has asked already (web/src/build/shell-first.ts); development asks here.
  firstCheck = authApi.getSession(undefined, window.kejinFirst?.session);
  firstCheck.catch(() => undefined);
}

const AuthContext = createContext<AuthContextValue | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  }, [state]);

  useEffect(() => {
    const controller = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    setState((now) => (now.status === 'loading' ? now : { status: 'loading' }));
    const check = firstCheck ?? authApi.getSession(controller.signal);
    firstCheck = undefined;
    check
      .then((me) => {
        if (controller.signal.aborted) return;
        if (!me) {
          startTransition(() => setState({ status: 'anonymous' }));
          return;
        }
        void adoptUserLocale(me.user.locale);
        setBusinessTimeZone(me.businessTime.timezone);
        // A transition: the first page renders in slices, not in one long task.
        startTransition(() => setState({ status: 'signed-in', me }));
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) startTransition(() => setState({ status: 'anonymous' }));
        // A first start is still preparing the demo data: ask again shortly, still loading.
        else if (error instanceof ApiError && error.status === 503) retry = setTimeout(() => setVersion((v) => v + 1), 3_000);
        else setState({ status: 'failed', error });
      });
    return () => {
      controller.abort();
      clearTimeout(retry);
    };
  }, [version]);

  useEffect(() => {
    // The session ended while the user was working (expired, or signed out elsewhere).
    onUnauthenticated(() => setState({ status: 'anonymous', expired: current.current.status === 'signed-in' }));
    return () => onUnauthenticated(undefined);
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const me = await authApi.login(email, password);
    void adoptUserLocale(me.user.locale);
    setBusinessTimeZone(me.businessTime.timezone);
    setState({ status: 'signed-in', me });
    return me;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setState({ status: 'anonymous', signedOut: true });
    }
  }, []);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ state, signIn, signOut, reload }), [state, signIn, signOut, reload]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside AuthProvider');
  return value;
}

/** The signed-in user; only for components rendered behind RequireAuth. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useMe needs a signed-in user');
  return state.me;
}
