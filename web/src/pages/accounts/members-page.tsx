// An organisation's members and its invitations (enterprise, institution and park administration): invite a colleague by
// e-mail with the organisation's role, see who has not accepted yet and until when, revoke. When the
// platform sends no e-mail, the inviter is given the link to hand over.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { invitationLink, inviteColleague, listInvitations, listMembers, revokeInvitation, type InvitableRole, type Invitation, type Member } from '../../api/registrations';
import type { Role } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { errorMessage } from '../../lib/api-errors';
import { formatDateTime, localName } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { useAsync } from '../../lib/use-async';

type InvitationState = Invitation['status'] | 'expired';
const STATE_COLOURS: Record<InvitationState, string> = { open: 'gold', accepted: 'green', revoked: 'default', expired: 'default' };
const stateOf = (i: Invitation): InvitationState => (i.expired ? 'expired' : i.status);
const INVITABLE: readonly Role[] = ['park_admin', 'institution_officer', 'enterprise_user'];

function InviteModal({ organisationId, organisationName, role, onClose, onSaved }: { organisationId: string; organisationName: string; role: InvitableRole; onClose: () => void; onSaved: (link: { email: string; token: string } | null) => void }) {
  const { t } = useTranslation();
  let link: { email: string; token: string } | null = null;
  return (
    <FormModal<{ email: string; role: InvitableRole }>
      title={t('accounts.members.inviteTitle', { organisation: organisationName })}
      initialValues={{ role }}
      onSubmit={async (v) => {
        const answer = await inviteColleague(organisationId, v.email.trim(), v.role);
        link = answer.token ? { email: v.email.trim(), token: answer.token } : null;
      }}
      onClose={onClose}
      onSaved={() => onSaved(link)}
      successText={t('accounts.members.invited')}
      okText={t('accounts.members.invite')}
      testId="invite-form"
    >
      <Form.Item name="email" label={t('accounts.members.email')} rules={[{ required: true, message: t('validation.required', { field: t('accounts.members.email') }) }, { type: 'email', message: t('login.emailInvalid') }]}>
        <Input maxLength={200} autoComplete="off" data-testid="invite-email" />
      </Form.Item>
      <Form.Item name="role" label={t('accounts.members.role')} rules={[{ required: true }]}>
        <Select options={[{ value: role, label: t(`roles.${role}`) }]} data-testid="invite-role" />
      </Form.Item>
    </FormModal>
  );
}

export function MembersPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { state } = useAuth();
  const me = state.status === 'signed-in' ? state.me : undefined;
  const organisation = me?.organisation ?? null;
  const role = me?.roles.find((r): r is InvitableRole => INVITABLE.includes(r));
  const [inviting, setInviting] = useState(false);
  const [link, setLink] = useState<{ email: string; token: string } | null>(null);
  const members = useAsync((signal) => (organisation ? listMembers(organisation.id, signal) : Promise.resolve({ items: [] })), [organisation?.id]);
  const invitations = useAsync((signal) => (organisation ? listInvitations(organisation.id, signal) : Promise.resolve({ items: [], total: 0, page: 1, pageSize: 100 })), [organisation?.id]);
  const language = i18n.language;

  if (!organisation || !role) return <Alert type="info" showIcon message={t('accounts.members.noOrganisation')} />;
  const organisationName = localName(organisation, language);

  const revoke = async (invitation: Invitation) => {
    try {
      await revokeInvitation(invitation.id);
      message.success(t('accounts.members.revoked'));
    } catch (error) {
      message.error(errorMessage(t, error));
    }
    invitations.reload();
  };

  const memberColumns: TableColumnsType<Member> = [
    {
      title: t('accounts.members.name'),
      key: 'name',
      width: 200,
      ellipsis: true,
      render: (_, m) => (
        <span data-testid="member-name">
          {m.displayName}
          {m.userId === me?.user.id ? t('accounts.members.you') : ''}
        </span>
      ),
    },
    { title: t('accounts.members.email'), dataIndex: 'email', key: 'email', ellipsis: true },
    { title: t('accounts.members.role'), key: 'role', width: 140, render: (_, m) => <Tag>{labelOr(t, `roles.${m.role}`, m.role)}</Tag> },
    { title: t('accounts.members.status'), key: 'status', width: 100, render: (_, m) => <Tag color={m.status === 'active' ? 'green' : 'default'}>{t(`statuses.${m.status}`)}</Tag> },
    { title: t('accounts.members.joinedAt'), key: 'joinedAt', width: 170, render: (_, m) => formatDateTime(m.joinedAt, language) },
    { title: t('accounts.members.lastLoginAt'), key: 'lastLoginAt', width: 170, render: (_, m) => (m.lastLoginAt ? formatDateTime(m.lastLoginAt, language) : t('accounts.members.never')) },
  ];

  const invitationColumns: TableColumnsType<Invitation> = [
    { title: t('accounts.members.email'), dataIndex: 'email', key: 'email', ellipsis: true, render: (email: string) => <span data-testid="invitation-email">{email}</span> },
    { title: t('accounts.members.role'), key: 'role', width: 140, render: (_, i) => <Tag>{labelOr(t, `roles.${i.role}`, i.role)}</Tag> },
    {
      title: t('accounts.members.status'),
      key: 'status',
      width: 100,
      render: (_, i) => (
        <Tag color={STATE_COLOURS[stateOf(i)]} data-testid="invitation-status">
          {t(`accounts.members.invitationStatuses.${stateOf(i)}`)}
        </Tag>
      ),
    },
    { title: t('accounts.members.invitedBy'), key: 'invitedBy', width: 160, ellipsis: true, render: (_, i) => i.invitedByName ?? '—' },
    { title: t('accounts.members.sentAt'), key: 'createdAt', width: 170, render: (_, i) => formatDateTime(i.createdAt, language) },
    { title: t('accounts.members.expiresAt'), key: 'expiresAt', width: 170, render: (_, i) => (i.status === 'open' ? formatDateTime(i.expiresAt, language) : '—') },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, i) =>
        stateOf(i) === 'open' ? (
          <Popconfirm title={t('accounts.members.revokeConfirm', { email: i.email })} okText={t('accounts.members.revoke')} cancelText={t('common.cancel')} onConfirm={() => revoke(i)}>
            <Button size="small" danger data-testid="revoke-invitation">
              {t('accounts.members.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('accounts.members.title')}
        description={t('accounts.members.description', { organisation: organisationName })}
        testId="members-title"
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)} data-testid="invite-colleague">
            {t('accounts.members.invite')}
          </Button>
        }
      />
      <Card title={t('accounts.members.members')} style={{ marginBottom: 16 }}>
        {members.error ? <ErrorAlert error={members.error} onRetry={members.reload} /> : null}
        <Table<Member> rowKey="userId" columns={memberColumns} dataSource={members.data?.items ?? []} loading={members.loading} pagination={false} locale={{ emptyText: t('accounts.members.noMembers') }} scroll={{ x: 900 }} data-testid="members-table" />
      </Card>
      <Card title={t('accounts.members.invitations')}>
        {invitations.error ? <ErrorAlert error={invitations.error} onRetry={invitations.reload} /> : null}
        <Table<Invitation> rowKey="id" columns={invitationColumns} dataSource={invitations.data?.items ?? []} loading={invitations.loading} pagination={false} locale={{ emptyText: t('accounts.members.noInvitations') }} scroll={{ x: 1000 }} data-testid="invitations-table" />
      </Card>
      {inviting ? (
        <InviteModal
          organisationId={organisation.id}
          organisationName={organisationName}
          role={role}
          onClose={() => setInviting(false)}
          onSaved={(given) => {
            invitations.reload();
            setLink(given);
          }}
        />
      ) : null}
      <Modal open={Boolean(link)} title={t('accounts.members.linkTitle')} onCancel={() => setLink(null)} onOk={() => setLink(null)} cancelButtonProps={{ style: { display: 'none' } }} okText={t('accounts.members.linkDone')}>
        {link ? (
          <>
            <Typography.Paragraph>{t('accounts.members.linkText', { email: link.email })}</Typography.Paragraph>
            <Typography.Paragraph copyable code data-testid="invitation-link">
              {invitationLink(link.token)}
            </Typography.Paragraph>
          </>
        ) : null}
      </Modal>
    </>
  );
}
