// Operator: accounts, their roles and organisations.
import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Membership, type Role, type User } from '../../api/types';
import { deactivateUser, listUsers, type UserQuery } from '../../api/users';
import { useMe } from '../../auth/auth-context';
import { DeactivateButton } from '../../components/deactivate-button';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { SearchInput } from '../../components/search-input';
import { StatusTag } from '../../components/status-tag';
import { formatDateTime } from '../../lib/format';
import { usePagedList } from '../../lib/use-paged-list';
import { UserFormModal } from './user-form-modal';

const ROLE_COLORS: Record<Role, string> = {
  platform_operator: 'purple',
  park_admin: 'blue',
  institution_officer: 'gold',
  enterprise_user: 'green',
};

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const list = usePagedList<User, UserQuery>((q, signal) => listUsers(q, signal), {}, undefined, [], { inUrl: { q: 'string', role: 'string' } });
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<User> = [
    {
      title: t('users.displayName'),
      key: 'name',
      render: (_, u) => (
        <Flex vertical>
          <Typography.Text>{u.displayName}</Typography.Text>
          <Typography.Text type="secondary">{u.email}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('users.memberships'),
      dataIndex: 'memberships',
      render: (memberships: Membership[]) => (
        <Flex vertical gap={4}>
          {memberships.map((m) => (
            <span key={`${m.role}:${m.organisationId}`}>
              <Tag color={ROLE_COLORS[m.role]}>{t(`roles.${m.role}`)}</Tag>
              <Typography.Text>{m.organisationName}</Typography.Text>
            </span>
          ))}
        </Flex>
      ),
    },
    { title: t('common.status'), dataIndex: 'status', width: 100, render: (s: string) => <StatusTag status={s} /> },
    {
      title: t('users.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => (at ? formatDateTime(at, i18n.language) : t('users.never')),
    },
    {
      title: t('users.createdAt'),
      dataIndex: 'createdAt',
      width: 170,
      render: (at: string) => formatDateTime(at, i18n.language),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, u) => (
        <DeactivateButton
          name={u.displayName}
          disabled={u.status !== 'active' || u.id === me.user.id}
          action={() => deactivateUser(u.id)}
          onDone={list.reload}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchInput placeholder={t('users.searchPlaceholder')} defaultValue={list.query.q} onSearch={(q) => list.setFilters({ q })} />
          <Select<Role>
            allowClear
            placeholder={t('users.roleFilter')}
            aria-label={t('users.roleFilter')}
            style={{ width: 200 }}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={list.query.role}
            onChange={(role) => list.setFilters({ role })}
          />
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <Table<User>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          pagination={list.pagination(t)}
          locale={{ emptyText: t('users.empty') }}
          scroll={{ x: 1000 }}
        />
      </Card>
      {creating ? <UserFormModal onClose={() => setCreating(false)} onSaved={list.reload} /> : null}
    </>
  );
}
