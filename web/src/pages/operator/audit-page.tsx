// The audit log (operator: all of it; park administrator: their parks'), newest first, in words:
// who acted, what they did and to what, filtered by family, action, actor, target and business dates.
import { Card, DatePicker, Flex, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { listAudit, type AuditFamily, type AuditQuery } from '../../api/audit';
import { getAuditCatalogue } from '../../api/homes';
import { listParks } from '../../api/parks';
import type { AuditEvent } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { ExportButton } from '../../components/export-button';
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
  const language = i18n.language;
  const list = usePagedList<AuditEvent, AuditQuery>((q, signal) => listAudit({ ...q, lang: language }, signal), {}, 50, [language], {
    inUrl: { family: 'string', action: 'string', actor: 'string', targetType: 'string', targetId: 'string', from: 'string', to: 'string' },
  });
  const catalogue = useAsync((signal) => getAuditCatalogue(language, signal), [language]);
  const parks = useAsync((signal) => listParks({ pageSize: 100 }, signal), []);
  const parkName = (id: string | null) => {
    if (!id) return t('common.none');
    const park = parks.data?.items.find((p) => p.id === id);
    return park ? localName(park, language) : t('common.none');
  };
  const setFilter = (patch: Partial<AuditQuery>) => list.setFilters(patch);
  const families = catalogue.data?.families ?? [];
  const actions = (list.query.family ? families.filter((f) => f.code === list.query.family) : families).flatMap((f) => f.actions);
  const { query } = list;
  const filters = { family: query.family, action: query.action, actor: query.actor, targetType: query.targetType, targetId: query.targetId, from: query.from, to: query.to };

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at, language) },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 240,
      render: (_, e) =>
        e.actor.kind === 'user' ? (
          <Flex vertical>
            <Typography.Text data-testid="audit-actor">{e.actor.name}</Typography.Text>
            {e.actor.email || e.actor.organisation !== e.actor.name ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[e.actor.email, e.actor.organisation !== e.actor.name ? e.actor.organisation : null].filter(Boolean).join(' · ')}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{e.actor.name}</Typography.Text>
        ),
    },
    {
      title: t('audit.action'),
      key: 'action',
      width: 220,
      render: (_, e) => (
        <Flex vertical align="start">
          <Tag data-testid="audit-action">{e.actionLabel}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.familyLabel}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('audit.target'),
      key: 'target',
      render: (_, e) => (
        <Typography.Text>
          {e.targetLabel}
          {e.targetId ? (
            <Typography.Text type="secondary" copyable={{ text: e.targetId }}>
              {' '}
              {e.targetId.length > 18 ? `…${e.targetId.slice(-8)}` : e.targetId}
            </Typography.Text>
          ) : null}
        </Typography.Text>
      ),
    },
    { title: t('audit.park'), dataIndex: 'parkId', width: 150, render: (id: string | null) => parkName(id) },
    { title: t('audit.clientAddress'), dataIndex: 'clientAddress', width: 150, render: (a: string | null) => a ?? t('common.none') },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} extra={<ExportButton path="/audit/export.xlsx" query={filters} />} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('homes.audit.family')}
            aria-label={t('homes.audit.family')}
            style={{ width: 180 }}
            value={query.family}
            options={families.map((f) => ({ value: f.code, label: f.label }))}
            onChange={(family?: AuditFamily) => setFilter({ family, action: undefined })}
            data-testid="audit-family-filter"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('homes.audit.action')}
            aria-label={t('homes.audit.action')}
            style={{ width: 220 }}
            value={query.action}
            options={actions.map((a) => ({ value: a.code, label: a.label }))}
            onChange={(action?: string) => setFilter({ action })}
            data-testid="audit-action-filter"
          />
          <Input.Search
            allowClear
            defaultValue={list.query.actor}
            placeholder={t('homes.audit.actor')}
            aria-label={t('homes.audit.actor')}
            style={{ width: 240 }}
            onSearch={(actor) => setFilter({ actor: actor.trim() || undefined })}
            data-testid="audit-actor-filter"
          />
          <Select
            allowClear
            placeholder={t('homes.audit.targetType')}
            aria-label={t('homes.audit.targetType')}
            style={{ width: 160 }}
            value={query.targetType}
            options={(catalogue.data?.targetTypes ?? []).map((tt) => ({ value: tt.code, label: tt.label }))}
            onChange={(targetType?: string) => setFilter({ targetType })}
          />
          <Input.Search
            allowClear
            defaultValue={list.query.targetId}
            placeholder={t('homes.audit.targetId')}
            aria-label={t('homes.audit.targetId')}
            style={{ width: 220 }}
            onSearch={(targetId) => setFilter({ targetId: targetId.trim() || undefined })}
          />
          <DatePicker.RangePicker
            aria-label={t('homes.audit.dates')}
            placeholder={[t('homes.filters.from'), t('homes.filters.to')]}
            value={query.from && query.to ? [dayjs(query.from), dayjs(query.to)] : null}
            onChange={(range) => setFilter({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            data-testid="audit-date-filter"
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
          scroll={{ x: 1100 }}
          data-testid="audit-table"
          expandable={{
            rowExpandable: (e) => hasDetails(e.details),
            expandedRowRender: (e) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(e.details, null, 2)}</pre>,
          }}
        />
      </Card>
    </>
  );
}
