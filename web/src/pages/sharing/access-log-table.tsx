// Reads of an enterprise's detailed data by institutions, newest first.
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { listAccessLog, type AccessLogEntry } from '../../api/grants';
import { EllipsisText } from '../../components/ellipsis-text';
import { ErrorAlert } from '../../components/error-alert';
import { formatDateTime } from '../../lib/format';
import { categoryLabel } from '../../lib/labels';
import { usePagedList } from '../../lib/use-paged-list';

export function AccessLogTable({ creditCode }: { creditCode: string }) {
  const { t, i18n } = useTranslation();
  const list = usePagedList<AccessLogEntry, { creditCode: string }>(
    ({ creditCode: code, page, pageSize }, signal) => listAccessLog(code, { page, pageSize }, signal),
    { creditCode },
  );

  const columns: TableColumnsType<AccessLogEntry> = [
    { title: t('accessLog.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at, i18n.language) },
    {
      title: t('accessLog.institution'),
      dataIndex: 'institutionName',
      ellipsis: { showTitle: false },
      render: (name: string) => <EllipsisText text={name} testId="access-institution" />,
    },
    { title: t('accessLog.user'), dataIndex: 'userEmail', width: 240, ellipsis: { showTitle: false }, render: (email: string | null) => (email ? <EllipsisText text={email} /> : t('common.none')) },
    {
      title: t('accessLog.category'),
      dataIndex: 'category',
      width: 130,
      render: (category: string) => (
        <Tag color="blue" data-testid="access-category">
          {categoryLabel(t, category)}
        </Tag>
      ),
    },
    {
      title: t('accessLog.grant'),
      dataIndex: 'grantId',
      width: 130,
      render: (id: string) => (
        <Typography.Text type="secondary" copyable={{ text: id }} style={{ fontFamily: 'monospace', fontSize: 12 }}>
          …{id.slice(-8)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<AccessLogEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        pagination={list.pagination(t)}
        locale={{ emptyText: t('accessLog.empty') }}
        scroll={{ x: 860 }}
        data-testid="access-log-table"
      />
    </>
  );
}
