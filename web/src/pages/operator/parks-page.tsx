// Operator: the parks on the platform. GET /parks answers every park at once, so the search box
// filters them here, by name, English name or code.
import { useMemo, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { deactivatePark, listParks } from '../../api/parks';
import type { Park } from '../../api/types';
import { DeactivateButton } from '../../components/deactivate-button';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { SearchInput } from '../../components/search-input';
import { StatusTag } from '../../components/status-tag';
import { regionLabel } from '../../lib/code-names';
import { formatCount } from '../../lib/format';
import { usePagedList } from '../../lib/use-paged-list';
import { ParkFormModal } from './park-form-modal';

function matchesSearch(park: Park, search: string): boolean {
  if (!search) return true;
  return [park.name, park.nameEn ?? '', park.code].some((text) => text.toLowerCase().includes(search));
}

export function ParksPage() {
  const { t, i18n } = useTranslation();
  const list = usePagedList((_q, signal) => listParks({}, signal), { q: '' }, undefined, [], { inUrl: { q: 'string' } });
  const [editing, setEditing] = useState<Park | 'new'>();
  const search = (list.query.q ?? '').trim().toLowerCase();
  const parks = useMemo(() => (list.data?.items ?? []).filter((p) => matchesSearch(p, search)), [list.data, search]);

  const columns: TableColumnsType<Park> = [
    { title: t('parks.code'), dataIndex: 'code', width: 140 },
    {
      title: t('parks.name'),
      key: 'name',
      render: (_, p) => (
        <Flex vertical>
          <Typography.Text>{p.name}</Typography.Text>
          {p.nameEn ? <Typography.Text type="secondary">{p.nameEn}</Typography.Text> : null}
        </Flex>
      ),
    },
    { title: t('parks.regionCode'), dataIndex: 'regionCode', width: 180, ellipsis: { showTitle: true }, render: (code: string) => `${regionLabel(code, i18n.language)} ${code}` },
    {
      title: t('parks.enterpriseCount'),
      dataIndex: 'enterpriseCount',
      align: 'right',
      width: 120,
      render: (n: number) => formatCount(n, i18n.language),
    },
    { title: t('common.status'), dataIndex: 'status', width: 100, render: (s: string) => <StatusTag status={s} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      render: (_, p) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(p)}>
            {t('common.edit')}
          </Button>
          <DeactivateButton
            name={p.name}
            disabled={p.status !== 'active'}
            action={() => deactivatePark(p.id)}
            onDone={list.reload}
          />
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('parks.title')}
        description={t('parks.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="create-park">
            {t('parks.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchInput placeholder={t('parks.searchPlaceholder')} defaultValue={list.query.q} onSearch={(q) => list.setFilters({ q })} />
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <Table<Park>
          rowKey="id"
          columns={columns}
          dataSource={parks}
          loading={list.loading}
          pagination={{ ...list.pagination(t), total: parks.length }}
          locale={{ emptyText: t('parks.empty') }}
          scroll={{ x: 800 }}
        />
      </Card>
      {editing ? (
        <ParkFormModal
          park={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={list.reload}
        />
      ) : null}
    </>
  );
}
