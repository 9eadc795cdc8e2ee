// An enterprise's grants; the enterprise itself may revoke the active ones.
import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { listGrants, revokeGrant, type Grant, type GrantStatus } from '../../api/grants';
import { EllipsisText } from '../../components/ellipsis-text';
import { ErrorAlert } from '../../components/error-alert';
import { errorMessage } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/format';
import { categoryLabel } from '../../lib/labels';
import { useAsync } from '../../lib/use-async';

const STATUS_COLORS: Record<GrantStatus, string> = { active: 'green', expired: 'default', revoked: 'red' };

interface Props {
  creditCode: string;
  canRevoke: boolean;
  /** Changes when the list should load again (e.g. after a new grant). */
  version?: number;
}

export function GrantsTable({ creditCode, canRevoke, version = 0 }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const grants = useAsync((signal) => listGrants(creditCode, signal), [creditCode, version]);
  const [revoking, setRevoking] = useState<string>();

  const revoke = async (grant: Grant) => {
    setRevoking(grant.id);
    try {
      await revokeGrant(grant.id);
      message.success(t('grants.revoked'));
      grants.reload();
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setRevoking(undefined);
    }
  };

  const columns: TableColumnsType<Grant> = [
    {
      title: t('grants.institution'),
      dataIndex: 'institutionName',
      width: 200,
      ellipsis: { showTitle: false },
      render: (name: string) => <EllipsisText text={name} testId="grant-institution-name" />,
    },
    {
      title: t('grants.categories'),
      dataIndex: 'categories',
      render: (categories: string[]) => (
        <Flex gap={4} wrap>
          {categories.map((c) => (
            <Tag key={c} color="blue" style={{ marginInlineEnd: 0 }}>
              {categoryLabel(t, c)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('grants.purpose'),
      key: 'purpose',
      render: (_, grant) => {
        const purpose = grant.purposeCode === 'grant.application' && grant.purposeParams ? t('serverText.grant.application', { product: grant.purposeParams.productName }) : grant.purpose;
        return <Typography.Paragraph ellipsis={{ rows: 2, tooltip: purpose }} style={{ margin: 0 }}>{purpose}</Typography.Paragraph>;
      },
    },
    { title: t('grants.expiresOn'), dataIndex: 'expiresOn', width: 120 },
    { title: t('grants.createdAt'), dataIndex: 'createdAt', width: 160, render: (at: string) => formatDateTime(at, i18n.language) },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: GrantStatus, grant) => (
        <Tag color={STATUS_COLORS[status]} data-testid="grant-status" title={grant.revokedAt ? `${t('grants.revokedAt')} ${formatDateTime(grant.revokedAt, i18n.language)}` : undefined}>
          {t(`grants.statuses.${status}`)}
        </Tag>
      ),
    },
  ];
  if (canRevoke) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, grant) =>
        grant.status === 'active' ? (
          <Popconfirm
            title={t('grants.revokeConfirm', { name: grant.institutionName })}
            okText={t('grants.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, loading: revoking === grant.id }}
            onConfirm={() => revoke(grant)}
          >
            <Button type="link" size="small" danger data-testid="revoke-grant">
              {t('grants.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    });
  }

  return (
    <>
      {grants.error ? <ErrorAlert error={grants.error} onRetry={grants.reload} /> : null}
      <Table<Grant>
        rowKey="id"
        columns={columns}
        dataSource={grants.data?.items ?? []}
        loading={grants.loading}
        pagination={(grants.data?.items.length ?? 0) > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: t('grants.empty') }}
        scroll={{ x: 960 }}
        onRow={(grant) => ({ style: grant.status === 'active' ? undefined : { opacity: 0.6 } })}
        data-testid="grants-table"
      />
    </>
  );
}
