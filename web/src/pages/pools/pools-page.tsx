// The risk compensation pools the user may see: a park administrator its parks', an institution
// those it is partner or contributor of. Each row opens the pool's console.
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listPools, type PoolListed } from '../../api/pools';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { formatDate, localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { formatPercent } from './pool-format';

export function PoolsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const pools = useAsync((signal) => listPools(signal), []);
  return (
    <>
      <PageHeader title={t('pools.list.title')} description={t('pools.list.description')} testId="pools-title" />
      <Card>
        {pools.error ? <ErrorAlert error={pools.error} /> : null}
        <Table<PoolListed>
          rowKey="id"
          loading={pools.loading}
          dataSource={pools.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('pools.list.empty') }}
          scroll={{ x: 900 }}
          data-testid="pools-table"
          columns={[
            { title: t('pools.fields.name'), key: 'name', render: (_, p) => <Link to={p.id}>{localName({ name: p.name, nameEn: p.nameEn }, language)}</Link> },
            { title: t('pools.fields.park'), key: 'park', render: (_, p) => (p.park ? localName({ name: p.park.name, nameEn: p.park.nameEn }, language) : t('pools.fields.cityWide')) },
            { title: t('pools.fields.period'), key: 'period', render: (_, p) => `${formatDate(p.validFrom, language)} – ${formatDate(p.validTo, language)}` },
            { title: t('pools.fields.lossShare'), key: 'share', align: 'right', render: (_, p) => formatPercent(p.lossShare, language) },
            { title: t('pools.fields.leverageTarget'), key: 'target', align: 'right', render: (_, p) => `${p.leverageTarget}×` },
            { title: t('pools.fields.status'), key: 'status', render: (_, p) => <Tag color={p.status === 'active' ? 'green' : 'default'}>{t(`pools.statuses.${p.status}`)}</Tag> },
          ]}
        />
      </Card>
    </>
  );
}
