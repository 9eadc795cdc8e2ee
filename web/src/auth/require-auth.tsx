// Route guards: sign-in first, then the right role (plain elements: they draw the homes' frame).
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { Button, Result } from '../components/plain';
import { PlainSpin } from '../components/plain-spin';
import { errorMessage } from '../lib/api-errors';
import { useAuth, useMe } from './auth-context';
import { hasRole, homeFor } from './roles';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, reload } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (state.status === 'loading') return <PlainSpin />;
  if (state.status === 'failed') {
    return (
      <Result
        status="error"
        title={t('errors.boot')}
        subTitle={errorMessage(t, state.error)}
        extra={<Button onClick={reload}>{t('common.retry')}</Button>}
      />
    );
  }
  if (state.status === 'anonymous') return <Navigate to="/login" replace state={{ from: location }} />;
  return <>{children}</>;
}

/** Renders its children (or the nested routes) only for the given roles. */
export function RequireRole({ roles, children }: { roles: Role[]; children?: ReactNode }) {
  const me = useMe();
  const { t } = useTranslation();
  if (hasRole(me, ...roles)) return <>{children ?? <Outlet />}</>;
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;
}

export function HomeRedirect() {
  const me = useMe();
  const { t } = useTranslation();
  const home = homeFor(me);
  if (home) return <Navigate to={home} replace />;
  return <Result status="403" title={t('forbidden.title')} subTitle={t('shell.noRole')} />;
}
