// Sign-in: email and password; on success, the role's home (or the page the user was sent away from).
import { useState } from 'react';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, type Location } from 'react-router-dom';
import { ApiError } from '../api/client';
import type { Me } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { homeFor, mayVisit } from '../auth/roles';
import { FullPageSpin } from '../components/full-page-spin';
import { LangSwitch } from '../components/lang-switch';
import { LoginAside } from '../components/login-aside';
import { errorMessage } from '../lib/api-errors';

interface Credentials {
  email: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const from = (location.state as { from?: Location } | null)?.from;
  // Back to the page the guard sent the user away from, else the role's home.
  const targetFor = (me: Me) =>
    (from && mayVisit(me, from.pathname) ? `${from.pathname}${from.search}` : homeFor(me)) ?? '/';

  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signed-in') return <Navigate to={targetFor(state.me)} replace />;

  const submit = async ({ email, password }: Credentials) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const me = await signIn(email.trim(), password);
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
      return typeof seconds === 'number'
        ? t('login.rateLimitedWait', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
        : t('login.rateLimited');
    }
    return errorMessage(t, failure);
  })();

  return (
    <Flex style={{ minHeight: '100vh' }}>
      <LoginAside />
      <Flex vertical flex={1} style={{ background: '#f5f7fb' }}>
        <Flex justify="flex-end" style={{ padding: '12px 24px' }}>
          <LangSwitch />
        </Flex>
        <Flex flex={1} align="center" justify="center" style={{ padding: 24 }}>
          <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: 32 } }}>
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {t('login.welcome')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('app.fullName')}</Typography.Paragraph>
            {failureText ? (
              <Alert type="error" showIcon message={failureText} data-testid="login-error" style={{ marginBottom: 16 }} />
            ) : null}
            <Form<Credentials> layout="vertical" requiredMark={false} onFinish={submit} disabled={busy}>
              <Form.Item
                name="email"
                label={t('login.email')}
                rules={[
                  { required: true, message: t('login.emailRequired') },
                  { type: 'email', message: t('login.emailInvalid') },
                ]}
              >
                <Input
                  prefix={<MailOutlined />}
                  placeholder={t('login.emailPlaceholder')}
                  autoComplete="username"
                  size="large"
                  data-testid="login-email"
                />
              </Form.Item>
              <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
                <Input.Password
                  prefix={<LockOutlined />}
                  placeholder={t('login.passwordPlaceholder')}
                  autoComplete="current-password"
                  size="large"
                  data-testid="login-password"
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="login-submit">
                {t('login.submit')}
              </Button>
            </Form>
            <Flex justify="space-between" style={{ marginTop: 12 }}>
              <Link to="/forgot-password">{t('accounts.forgotLink')}</Link>
              <Link to="/register" data-testid="register-link">
                {t('accounts.registerLink')}
              </Link>
            </Flex>
          </Card>
        </Flex>
      </Flex>
    </Flex>
  );
}
