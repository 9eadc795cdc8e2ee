// The page an invitation e-mail links to (/accept-invitation?token=…): what the invitation is for,
// then the invitee's name and password, which create their account in the organisation.
import { useState } from 'react';
import { Alert, Button, Form, Input, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { acceptInvitation, previewInvitation } from '../../api/registrations';
import { applyFieldErrors } from '../../lib/api-errors';
import { formatDateTime, localName } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { useAsync } from '../../lib/use-async';
import { PublicCard } from './password-pages';
import { refusalText } from './refusal';

const PASSWORD_MIN = 10;

interface Values {
  displayName: string;
  password: string;
  confirm: string;
}

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm<Values>();
  const preview = useAsync((signal) => (token ? previewInvitation(token, signal) : Promise.resolve(undefined)), [token]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const invitation = preview.data;

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const accepted = await acceptInvitation(token, values.displayName.trim(), values.password);
      setDone(accepted.email);
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const body = () => {
    if (!token) return <Alert type="warning" showIcon message={t('accounts.noToken')} style={{ marginBottom: 16 }} />;
    if (preview.loading) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
    if (preview.error || !invitation) return <Alert type="error" showIcon message={refusalText(t, preview.error)} style={{ marginBottom: 16 }} data-testid="accept-unusable" />;
    const organisation = localName({ name: invitation.organisationName, nameEn: invitation.organisationNameEn }, i18n.language);
    const names = { organisation, role: labelOr(t, `roles.${invitation.role}`, invitation.role), inviter: invitation.invitedByName ?? '' };
    if (done) {
      return (
        <div data-testid="accept-done">
          <Result
            status="success"
            title={t('accounts.accept.done', { organisation, email: done })}
            extra={
              <Link to="/login">
                <Button type="primary" data-testid="accept-sign-in">
                  {t('accounts.accept.signIn')}
                </Button>
              </Link>
            }
          />
        </div>
      );
    }
    return (
      <>
        <Typography.Paragraph data-testid="accept-intro">{t(invitation.invitedByName ? 'accounts.accept.introFrom' : 'accounts.accept.intro', names)}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('accounts.accept.account', { email: invitation.email, expiresAt: formatDateTime(invitation.expiresAt, i18n.language) })}</Typography.Paragraph>
        {failure ? <Alert type="error" showIcon message={refusalText(t, failure)} style={{ marginBottom: 16 }} data-testid="accept-error" /> : null}
        <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={busy}>
          <Form.Item name="displayName" label={t('accounts.accept.displayName')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('accounts.accept.displayName') }) }]}>
            <Input maxLength={50} autoComplete="name" data-testid="accept-name" />
          </Form.Item>
          <Form.Item name="password" label={t('accounts.register.password')} extra={t('accounts.passwordRule')} rules={[{ required: true, min: PASSWORD_MIN, message: t('accounts.passwordRule') }]}>
            <Input.Password autoComplete="new-password" data-testid="accept-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('accounts.register.confirm')}
            dependencies={['password']}
            rules={[{ required: true, message: t('accounts.mismatch') }, ({ getFieldValue }) => ({ validator: (_r, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('accounts.mismatch')))) })]}
          >
            <Input.Password autoComplete="new-password" data-testid="accept-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} style={{ marginBottom: 16 }} data-testid="accept-submit">
            {t('accounts.accept.submit')}
          </Button>
        </Form>
      </>
    );
  };

  return <PublicCard title={t('accounts.accept.title')}>{body()}</PublicCard>;
}
