// Park admin and operator: the enterprises in the parks they look after.
import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { listEnterprises, type EnterpriseQuery } from '../../api/enterprises';
import type { Enterprise } from '../../api/types';
import { useMe } from '../../auth/auth-context';
import { GRADE_FILTERS, type GradeFilter } from '../../api/homes';
import { EnumSelect } from '../../components/enum-select';
import { ErrorAlert } from '../../components/error-alert';
import { ExportButton } from '../../components/export-button';
import { PageHeader } from '../../components/page-header';
import { ParkSelect } from '../../components/park-select';
import { SearchInput } from '../../components/search-input';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { enterpriseColumns } from './enterprise-columns';
import { EnterpriseFilters } from './enterprise-filters';
import { EnterpriseFormModal } from './enterprise-form-modal';

type EnterpriseFilterQuery = EnterpriseQuery & { grade?: GradeFilter };

export function EnterprisesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const list = usePagedList<Enterprise, EnterpriseFilterQuery>((q, signal) => {
    const filters: EnterpriseFilterQuery = { ...q, grade: oneOf(q.grade, GRADE_FILTERS) };
    return listEnterprises(filters, signal);
  }, {}, undefined, [], {
    inUrl: {
      q: 'string',
      parkId: 'string',
      industryCode: 'string',
      qualification: 'string',
      employeesMin: 'number',
      employeesMax: 'number',
      completenessMin: 'number',
      completenessMax: 'number',
      grade: 'string',
    },
  });
  const [editing, setEditing] = useState<Enterprise | 'new'>();
  const onlyPark = !me.parkScope.all && me.parkScope.parks.length === 1 ? me.parkScope.parks[0]?.id : undefined;

  const changePark = (parkId: string | undefined) => list.setFilters({ parkId });

  return (
    <>
      <PageHeader
        title={t('enterprises.title')}
        description={t('enterprises.description')}
        extra={
          <Flex gap={8}>
          <ExportButton path="/enterprises/export.xlsx" query={{ ...list.query }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="create-enterprise">
            {t('enterprises.create')}
          </Button>
          </Flex>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchInput
            placeholder={t('enterprises.searchPlaceholder')}
            defaultValue={list.query.q}
            onSearch={(q) => list.setFilters({ q })}
            testId="enterprise-search"
          />
          <ParkSelect
            allowClear
            value={list.query.parkId}
            onChange={changePark}
            placeholder={t('enterprises.parkFilter')}
            style={{ width: 240 }}
            testId="enterprise-park-filter"
          />
          <EnterpriseFilters query={list.query} onChange={list.setFilters} />
          <EnumSelect
            values={GRADE_FILTERS}
            label={(g) => (g === 'none' ? t('homes.park.gradeNone') : g)}
            placeholder={t('homes.park.grades')}
            value={list.query.grade}
            onChange={(grade) => list.setFilters({ grade })}
            width={150}
            testId="enterprise-grade-filter"
          />
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <Table<Enterprise>
          rowKey="id"
          columns={enterpriseColumns(t, i18n.language, setEditing)}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          pagination={list.pagination(t)}
          locale={{ emptyText: t('enterprises.empty') }}
          scroll={{ x: 1070 }}
          tableLayout="fixed"
          onRow={(e) => ({ onClick: () => navigate(encodeURIComponent(e.creditCode)), style: { cursor: 'pointer' } })}
          data-testid="enterprise-table"
        />
      </Card>
      {editing ? (
        <EnterpriseFormModal
          enterprise={editing === 'new' ? undefined : editing}
          defaultParkId={list.query.parkId ?? onlyPark}
          onClose={() => setEditing(undefined)}
          onSaved={list.reload}
        />
      ) : null}
    </>
  );
}
