// Institution officer: the eligible rated enterprises for one of its published products, best fit
// first; names and full grades show only where the enterprise granted the institution access. Leads
// come only from parks that approved the product, and the page says so when that leaves none.
import { Alert, Card, Empty, Flex, Select, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listProducts, type Product } from '../../api/marketplace';
import { listLeads, type Lead } from '../../api/matching';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { useParkLabel } from '../../lib/code-names';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { usePagedList } from '../../lib/use-paged-list';
import { firmColumns } from '../market/firm-columns';
import { leadsReach } from './leads-reach';

/** Where the leads come from, and why there are none while no park has approved the product. */
function ReachNote({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  const reach = leadsReach(product.parks);
  const list = (parks: string[]) => parks.join(i18n.language === 'en' ? ', ' : '、');
  if (reach.kind === 'offered') return <Alert type="info" showIcon message={t('edges.leads.offered', { parks: list(reach.parks) })} style={{ marginBottom: 12 }} data-testid="leads-reach" />;
  const message = reach.kind === 'awaiting_parks' ? t('edges.leads.awaiting', { parks: list(reach.parks) }) : reach.kind === 'rejected' ? t('edges.leads.rejected', { parks: list(reach.parks) }) : t('edges.leads.noParks');
  return <Alert type="warning" showIcon message={message} description={t('edges.leads.previewNote')} style={{ marginBottom: 12 }} data-testid="leads-reach" />;
}

function LeadsTable({ productId }: { productId: string }) {
  const { t, i18n } = useTranslation();
  const park = useParkLabel(i18n.language);
  const list = usePagedList<Lead, object>((q, signal) => listLeads(productId, q, signal), {});
  const columns: TableColumnsType<Lead> = [
    ...firmColumns(t, (l: Lead) => ({ ...l, banded: !l.granted, masked: !l.granted }), undefined, park),
    { title: t('market.matches.score'), dataIndex: 'score', width: 90, align: 'right', render: (s: number) => Math.round(s) },
    {
      title: t('offering.leads.granted'),
      dataIndex: 'granted',
      width: 110,
      render: (granted: boolean) => (
        <Tag color={granted ? 'green' : 'default'} data-testid="lead-granted">
          {granted ? t('offering.leads.grantedYes') : t('offering.leads.grantedNo')}
        </Tag>
      ),
    },
  ];
  return <PagedTable<Lead> list={list} rowKey={(l) => `${l.parkCode}:${l.creditCode}:${l.score}`} columns={columns} empty={t('offering.leads.empty')} scrollX={860} testId="leads-table" />;
}

export function LeadsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const productId = params.get('productId') ?? undefined;
  const products = useAsync((signal) => listProducts({ mine: true, status: 'published', pageSize: 100 }, signal), []);
  const selected = products.data?.items.find((p) => p.id === productId);
  return (
    <>
      <PageHeader title={t('offering.leads.title')} description={t('offering.leads.description')} testId="leads-title" />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<string>
            value={productId}
            placeholder={t('offering.leads.pick')}
            aria-label={t('offering.leads.pick')}
            loading={products.loading}
            showSearch
            optionFilterProp="label"
            style={{ width: 360 }}
            options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: localName(p, i18n.language) }))}
            onChange={(id) => setParams({ productId: id }, { replace: true })}
            data-testid="leads-product"
          />
        </Flex>
        {products.error ? <ErrorAlert error={products.error} onRetry={products.reload} /> : null}
        {selected ? <ReachNote product={selected} /> : null}
        {productId ? <LeadsTable key={productId} productId={productId} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('offering.leads.pickFirst')} />}
      </Card>
    </>
  );
}
