// Past imports, newest first.
import { Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { listImports, type ImportKind, type ImportMode, type ImportRecord, type ImportStatus } from '../../api/imports';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount, formatDateTime } from '../../lib/format';
import { usePagedList } from '../../lib/use-paged-list';
import { IMPORT_STATUS_COLORS } from './import-report';

export function ImportHistory() {
  const { t, i18n } = useTranslation();
  const list = usePagedList<ImportRecord, object>((q, signal) => listImports(q, signal), {}, 10);
  const count = (n: number) => formatCount(n, i18n.language);

  const columns: TableColumnsType<ImportRecord> = [
    { title: t('imports.at'), dataIndex: 'at', width: 160, render: (at: string) => formatDateTime(at, i18n.language) },
    { title: t('imports.kind'), dataIndex: 'kind', width: 110, render: (kind: ImportKind) => t(`imports.kinds.${kind}`) },
    {
      title: t('imports.fileName'),
      dataIndex: 'fileName',
      render: (name: string, record) => (
        <Tooltip title={`SHA-256 ${record.fileSha256}`}>
          <Typography.Text ellipsis style={{ maxWidth: 260 }}>
            {name}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { title: t('imports.mode'), dataIndex: 'mode', width: 200, render: (mode: ImportMode) => t(`imports.modes.${mode}`) },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 130,
      render: (status: ImportStatus, record) => (
        <>
          <Tag color={IMPORT_STATUS_COLORS[status]}>{t(`imports.statuses.${status}`)}</Tag>
          {record.dryRun && status !== 'dry_run' ? <Tag>{t('imports.dryRunTag')}</Tag> : null}
        </>
      ),
    },
    {
      title: `${t('imports.counts.rows')} / ${t('imports.counts.valid')} / ${t('imports.counts.imported')}`,
      key: 'counts',
      width: 180,
      align: 'right',
      render: (_, r) => `${count(r.rows)} / ${count(r.valid)} / ${count(r.imported)}`,
    },
    { title: t('imports.actor'), dataIndex: 'actorEmail', width: 220, render: (email: string | null) => email ?? t('common.none') },
  ];

  return (
    <>
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      <Table<ImportRecord>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        pagination={list.pagination(t)}
        locale={{ emptyText: t('imports.historyEmpty') }}
        scroll={{ x: 1100 }}
        data-testid="import-history"
      />
    </>
  );
}
