// Forgotten password (request a link; the same answer whatever the e-mail), setting a new one from
// the link, and changing one's password in the settings.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { changePassword, confirmPasswordReset, requestPasswordReset } from '../../api/accounts';
import { LangSwitch } from '../../components/lang-switch';
import { refusalText } from './refusal';

const MIN = 10;

/** A page outside sign-in: the language switch, and a card with a way back to sign-in. */
export function PublicCard({ title, children, maxWidth = 420 }: { title: string; children: React.ReactNode; maxWidth?: number }) {
  const { t } = useTranslation();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: '#f5f7fb' }}>
      <Flex justify="flex-end" style={{ padding: '12px 24px' }}>
        <LangSwitch />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 24 }}>
        <Card style={{ width: '100%', maxWidth }} styles={{ body: { padding: 32 } }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
          <Link to="/login">{t('accounts.backToLogin')}</Link>
        </Card>
      </Flex>
    </Flex>
  );
}

function NewPasswordFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="newPassword" label={t('accounts.newPassword')} extra={t('accounts.passwordRule')} rules={[{ required: true, min: MIN, message: t('accounts.passwordRule') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('accounts.confirmPassword')}
        dependencies={['newPassword']}
        rules={[{ required: true }, ({ getFieldValue }) => ({ validator: (_r, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('accounts.mismatch')))) })]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const submit = async ({ email }: { email: string }) => {
    setFailure(undefined);
    try {
      await requestPasswordReset(email.trim());
      setDone(true);
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <PublicCard title={t('accounts.forgotTitle')}>
      {done ? (
        <Alert type="success" showIcon message={t('accounts.sent')} style={{ marginBottom: 16 }} data-testid="reset-sent" />
      ) : (
        <Form layout="vertical" onFinish={submit}>
          <Typography.Paragraph type="secondary">{t('accounts.forgotHint')}</Typography.Paragraph>
          {failure ? <Alert type="error" showIcon message={refusalText(t, failure)} style={{ marginBottom: 16 }} /> : null}
          <Form.Item name="email" label={t('accounts.email')} rules={[{ required: true, type: 'email' }]}>
            <Input autoComplete="email" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block>
            {t('accounts.send')}
          </Button>
        </Form>
      )}
    </PublicCard>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const submit = async ({ newPassword }: { newPassword: string }) => {
    setFailure(undefined);
    try {
      await confirmPasswordReset(token, newPassword);
      setDone(true);
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <PublicCard title={t('accounts.resetTitle')}>
      {!token ? <Alert type="warning" showIcon message={t('accounts.noToken')} style={{ marginBottom: 16 }} /> : null}
      {done ? (
        <Alert type="success" showIcon message={t('accounts.resetDone')} style={{ marginBottom: 16 }} />
      ) : token ? (
        <Form layout="vertical" onFinish={submit}>
          {failure ? <Alert type="error" showIcon message={refusalText(t, failure)} style={{ marginBottom: 16 }} /> : null}
          <NewPasswordFields />
          <Button type="primary" htmlType="submit" block style={{ marginBottom: 16 }}>
            {t('accounts.save')}
          </Button>
        </Form>
      ) : null}
    </PublicCard>
  );
}

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const submit = async ({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }) => {
    setFailure(undefined);
    setDone(false);
    try {
      await changePassword(currentPassword, newPassword);
      form.resetFields();
      setDone(true);
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <Card title={t('accounts.changeTitle')} style={{ maxWidth: 480 }}>
      {done ? <Alert type="success" showIcon message={t('accounts.changed')} style={{ marginBottom: 16 }} /> : null}
      {failure ? <Alert type="error" showIcon message={refusalText(t, failure)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="currentPassword" label={t('accounts.currentPassword')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields />
        <Button type="primary" htmlType="submit">
          {t('accounts.save')}
        </Button>
      </Form>
    </Card>
  );
}
