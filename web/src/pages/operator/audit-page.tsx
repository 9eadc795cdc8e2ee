// Operator: the audit log, newest first, read-only.
import { Card, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { listAudit, type AuditQuery } from '../../api/audit';
import { listParks } from '../../api/parks';
import type { AuditEvent } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { formatDateTime, localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { usePagedList } from '../../lib/use-paged-list';

function hasDetails(details: unknown): boolean {
  if (details === null || details === undefined) return false;
  return typeof details !== 'object' || Object.keys(details).length > 0;
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const list = usePagedList<AuditEvent, AuditQuery>((q, signal) => listAudit(q, signal), {}, 50, [], { inUrl: { action: 'string', actor: 'string' } });
  const parks = useAsync((signal) => listParks({ pageSize: 100 }, signal), []);
  const parkName = (id: string | null) => {
    if (!id) return t('common.none');
    const park = parks.data?.items.find((p) => p.id === id);
    return park ? localName(park, i18n.language) : id;
  };

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at, i18n.language) },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 240,
      render: (_, e) =>
        e.actorUserId ? (
          (e.actorEmail ?? e.actorUserId)
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    { title: t('audit.action'), dataIndex: 'action', width: 200, render: (action: string) => <Tag>{action}</Tag> },
    {
      title: t('audit.target'),
      key: 'target',
      render: (_, e) =>
        e.targetType ? (
          <Typography.Text>
            {e.targetType}
            {e.targetId ? (
              <Typography.Text type="secondary" copyable={{ text: e.targetId }}>
                {' '}
                {e.targetId.length > 18 ? `…${e.targetId.slice(-8)}` : e.targetId}
              </Typography.Text>
            ) : null}
          </Typography.Text>
        ) : (
          t('common.none')
        ),
    },
    { title: t('audit.park'), dataIndex: 'parkId', width: 150, render: (id: string | null) => parkName(id) },
    { title: t('audit.clientAddress'), dataIndex: 'clientAddress', width: 150, render: (a: string | null) => a ?? t('common.none') },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('audit.actionFilter')}
            aria-label={t('audit.actionFilter')}
            style={{ width: 300 }}
            defaultValue={list.query.action}
            onSearch={(action) => list.setFilters({ action: action.trim() })}
          />
          <Input.Search
            allowClear
            placeholder={t('audit.actorFilter')}
            aria-label={t('audit.actorFilter')}
            style={{ width: 300 }}
            defaultValue={list.query.actor}
            onSearch={(actor) => list.setFilters({ actor: actor.trim() })}
          />
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <Table<AuditEvent>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          pagination={list.pagination(t)}
          locale={{ emptyText: t('audit.empty') }}
          scroll={{ x: 1000 }}
          expandable={{
            rowExpandable: (e) => hasDetails(e.details),
            expandedRowRender: (e) => (
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(e.details, null, 2)}</pre>
            ),
          }}
        />
      </Card>
    </>
  );
}
