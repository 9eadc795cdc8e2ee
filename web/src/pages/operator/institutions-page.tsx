// Operator: banks, funds, insurers, guarantors and other institutions.
import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { deactivateInstitution, listInstitutions, type InstitutionQuery } from '../../api/institutions';
import { INSTITUTION_TYPES, type Institution, type InstitutionType } from '../../api/types';
import { DeactivateButton } from '../../components/deactivate-button';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { SearchInput } from '../../components/search-input';
import { StatusTag } from '../../components/status-tag';
import { regionLabel } from '../../lib/code-names';
import { usePagedList } from '../../lib/use-paged-list';
import { InstitutionFormModal } from './institution-form-modal';

export function InstitutionsPage() {
  const { t, i18n } = useTranslation();
  const list = usePagedList<Institution, InstitutionQuery>((q, signal) => listInstitutions(q, signal), {}, undefined, [], { inUrl: { q: 'string', type: 'string' } });
  const [editing, setEditing] = useState<Institution | 'new'>();

  const columns: TableColumnsType<Institution> = [
    {
      title: t('institutions.name'),
      key: 'name',
      render: (_, i) => (
        <Flex vertical>
          <Typography.Text>{i.name}</Typography.Text>
          {i.nameEn ? <Typography.Text type="secondary">{i.nameEn}</Typography.Text> : null}
        </Flex>
      ),
    },
    { title: t('institutions.type'), dataIndex: 'type', width: 160, render: (type: InstitutionType) => t(`orgTypes.${type}`) },
    {
      title: t('institutions.creditCode'),
      dataIndex: 'creditCode',
      width: 200,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { title: t('institutions.regionCode'), dataIndex: 'regionCode', width: 180, ellipsis: { showTitle: true }, render: (code: string | null) => (code ? `${regionLabel(code, i18n.language)} ${code}` : t('common.none')) },
    { title: t('common.status'), dataIndex: 'status', width: 100, render: (s: string) => <StatusTag status={s} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      render: (_, i) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(i)}>
            {t('common.edit')}
          </Button>
          <DeactivateButton
            name={i.name}
            disabled={i.status !== 'active'}
            action={() => deactivateInstitution(i.id)}
            onDone={list.reload}
          />
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('institutions.title')}
        description={t('institutions.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('institutions.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchInput placeholder={t('institutions.searchPlaceholder')} defaultValue={list.query.q} onSearch={(q) => list.setFilters({ q })} />
          <Select<InstitutionType>
            allowClear
            placeholder={t('institutions.typeFilter')}
            aria-label={t('institutions.typeFilter')}
            style={{ width: 200 }}
            options={INSTITUTION_TYPES.map((type) => ({ value: type, label: t(`orgTypes.${type}`) }))}
            value={list.query.type}
            onChange={(type) => list.setFilters({ type })}
          />
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <Table<Institution>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          pagination={list.pagination(t)}
          locale={{ emptyText: t('institutions.empty') }}
          scroll={{ x: 900 }}
        />
      </Card>
      {editing ? (
        <InstitutionFormModal
          institution={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={list.reload}
        />
      ) : null}
    </>
  );
}
