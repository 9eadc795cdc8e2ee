// Unknown routes: inside the shell when signed in, on their own otherwise.
import { Button, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { AppShell } from '../components/app-shell';
import { Brand } from '../components/brand';
import { PlainSpin } from '../components/plain-spin';
import { LangSwitch } from '../components/lang-switch';

function NotFound({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div data-testid="not-found">
      <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Button type="primary" onClick={() => navigate(signedIn ? '/' : '/login')}>
          {signedIn ? t('common.backHome') : t('common.goToLogin')}
        </Button>
      }
      />
    </div>
  );
}

/** An unknown page below a role's area, inside the frame that is already drawn. */
export function NotFoundInShell() {
  return <NotFound signedIn />;
}

export function NotFoundPage() {
  const { state } = useAuth();
  if (state.status === 'loading') return <PlainSpin />;
  if (state.status === 'signed-in') {
    return (
      <AppShell>
        <NotFound signedIn />
      </AppShell>
    );
  }
  return (
    <Flex vertical style={{ minHeight: '100vh' }}>
      <Flex justify="space-between" align="center" style={{ padding: '12px 24px' }}>
        <Brand />
        <LangSwitch />
      </Flex>
      <Flex flex={1} align="center" justify="center">
        <NotFound signedIn={false} />
      </Flex>
    </Flex>
  );
}
