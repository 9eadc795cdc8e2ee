// Sign-in: email and password; on success, the role's home (or the page the user was sent away
// from). Drawn with plain elements and its own stylesheet, not antd: the sign-in page loads only
// what it shows, and antd arrives with the first signed-in page (web/src/components/antd-area.tsx).
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  AuditOutlined,
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  EyeInvisibleOutlined,
  EyeOutlined,
  FundOutlined,
  GlobalOutlined,
  LockOutlined,
  MailOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, type Location } from 'react-router-dom';
import { ApiError } from '../../api/client';
import type { Me } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { homeFor, mayVisit } from '../../auth/roles';
import { PlainSpin } from '../../components/plain-spin';
import { changeLanguage, currentLanguage } from '../../i18n';
import { errorMessage } from '../../lib/api-errors';
import './login-page.css';

// The same check as the server's e-mail field, loosely: something@something.something.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** A labelled input in its frame, with its error below; the input is told the error's id. */
function LoginField({ id, label, icon, error, after, children }: { id: string; label: string; icon: ReactNode; error?: string; after?: ReactNode; children: (describedBy: string | undefined) => ReactNode }) {
  return (
    <div className="kj-login-field">
      <label htmlFor={id}>{label}</label>
      <div className={`kj-login-input${error ? ' kj-invalid' : ''}`}>
        {icon}
        {children(error ? `${id}-help` : undefined)}
        {after}
      </div>
      {error ? (
        <div id={`${id}-help`} className="kj-login-help">
          {error}
        </div>
      ) : null}
    </div>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [showPassword, setShowPassword] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const from = (location.state as { from?: Location } | null)?.from;
  // Back to the page the guard sent the user away from, else the role's home.
  const targetFor = (me: Me) => (from && mayVisit(me, from.pathname) ? `${from.pathname}${from.search}` : homeFor(me)) ?? '/';

  if (state.status === 'loading') return <PlainSpin />;
  if (state.status === 'signed-in') return <Navigate to={targetFor(state.me)} replace />;

  const check = (email: string, password: string): FieldErrors => ({
    ...(email ? (EMAIL.test(email) ? {} : { email: t('login.emailInvalid') }) : { email: t('login.emailRequired') }),
    ...(password ? {} : { password: t('login.passwordRequired') }),
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = emailRef.current?.value.trim() ?? '';
    const password = passwordRef.current?.value ?? '';
    const found = check(email, password);
    setErrors(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    setBusy(true);
    setFailure(undefined);
    try {
      const me = await signIn(email, password);
      navigate(targetFor(me), { replace: true });
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  const failureText = (() => {
    if (!failure) return undefined;
    if (failure instanceof ApiError && failure.status === 401) return t('login.invalidCredentials');
    if (failure instanceof ApiError && failure.status === 429) {
      const seconds = failure.details.retryAfterSeconds;
      return typeof seconds === 'number' ? t('login.rateLimitedWait', { minutes: Math.max(1, Math.ceil(seconds / 60)) }) : t('login.rateLimited');
    }
    return errorMessage(t, failure);
  })();
  const expired = state.status === 'anonymous' && state.expired && !failureText;
  const signedOut = state.status === 'anonymous' && state.signedOut && !failureText;
  const next = currentLanguage() === 'en' ? 'zh-CN' : 'en';

  return (
    <div className="kj-login">
      <aside className="kj-login-aside">
        <div className="kj-login-brand">
          <img src="/favicon.svg" width={32} height={32} alt="" />
          {t('app.name')}
          <span>· {t('app.subtitle')}</span>
        </div>
        <div>
          <h2>{t('app.fullName')}</h2>
          <p>{t('app.tagline')}</p>
          <ul>
            <li>
              <TrophyOutlined aria-hidden />
              {t('login.highlights.rating')}
            </li>
            <li>
              <FundOutlined aria-hidden />
              {t('login.highlights.marketplace')}
            </li>
            <li>
              <AuditOutlined aria-hidden />
              {t('login.highlights.workflow')}
            </li>
          </ul>
        </div>
        <footer>{t('app.footer')}</footer>
      </aside>
      <main className="kj-login-main">
        <div className="kj-login-top">
          <button type="button" className="kj-login-lang" data-testid="lang-switch" title={t('lang.label')} lang={next} onClick={() => void changeLanguage(next)}>
            <GlobalOutlined aria-hidden />
            {t('lang.switchTo')}
          </button>
        </div>
        <div className="kj-login-center">
          <section className="kj-login-card" aria-labelledby={`${id}-title`}>
            <h1 id={`${id}-title`}>{t('login.welcome')}</h1>
            <p className="kj-login-sub">{t('app.fullName')}</p>
            {failureText ? (
              <div className="kj-login-alert" role="alert" data-testid="login-error">
                <CloseCircleFilled aria-hidden />
                <span>{failureText}</span>
              </div>
            ) : null}
            {expired ? (
              <div className="kj-login-alert kj-warning" role="status" data-testid="login-expired">
                <ExclamationCircleFilled aria-hidden />
                <span>{t('errors.unauthenticated')}</span>
              </div>
            ) : null}
            {signedOut ? (
              <div className="kj-login-alert kj-success" role="status" data-testid="login-signed-out">
                <CheckCircleFilled aria-hidden />
                <span>{t('shell.loggedOut')}</span>
              </div>
            ) : null}
            <form noValidate onSubmit={(event) => void submit(event)}>
              <LoginField id={`${id}-email`} label={t('login.email')} icon={<MailOutlined aria-hidden />} error={errors.email}>
                {(describedBy) => (
                  <input
                    ref={emailRef}
                    id={`${id}-email`}
                    name="email"
                    type="email"
                    inputMode="email"
                    autoComplete="username"
                    placeholder={t('login.emailPlaceholder')}
                    disabled={busy}
                    aria-invalid={errors.email ? true : undefined}
                    aria-describedby={describedBy}
                    data-testid="login-email"
                  />
                )}
              </LoginField>
              <LoginField
                id={`${id}-password`}
                label={t('login.password')}
                icon={<LockOutlined aria-hidden />}
                error={errors.password}
                after={
                  <button type="button" aria-label={t(showPassword ? 'login.hidePassword' : 'login.showPassword')} aria-pressed={showPassword} onClick={() => setShowPassword((shown) => !shown)}>
                    {showPassword ? <EyeOutlined aria-hidden /> : <EyeInvisibleOutlined aria-hidden />}
                  </button>
                }
              >
                {(describedBy) => (
                  <input
                    ref={passwordRef}
                    id={`${id}-password`}
                    name="password"
                    type={showPassword ? 'text' : 'password'}
                    autoComplete="current-password"
                    placeholder={t('login.passwordPlaceholder')}
                    disabled={busy}
                    aria-invalid={errors.password ? true : undefined}
                    aria-describedby={describedBy}
                    data-testid="login-password"
                  />
                )}
              </LoginField>
              <button type="submit" className="kj-login-submit" disabled={busy} aria-busy={busy} data-testid="login-submit">
                {t('login.submit')}
              </button>
            </form>
            <div className="kj-login-links">
              <Link to="/forgot-password">{t('accounts.forgotLink')}</Link>
              <Link to="/register" data-testid="register-link">
                {t('accounts.registerLink')}
              </Link>
            </div>
          </section>
        </div>
      </main>
    </div>
  );
}
