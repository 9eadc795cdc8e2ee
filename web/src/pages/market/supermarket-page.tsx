// Enterprise: the financing supermarket — the published products offered in its park, filtered and
// ordered by cost or turnaround; up to three ticked products compare side by side.
import { SwapOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listProducts, type Product, type ProductQuery } from '../../api/marketplace';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { usePagedList } from '../../lib/use-paged-list';
import { CompareDrawer } from './compare-drawer';
import { productColumns } from './product-columns';
import { SupermarketFilters } from './supermarket-filters';

export const MAX_COMPARED = 3;

export function SupermarketPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const list = usePagedList<Product, ProductQuery>((q, signal) => listProducts(q, signal), { sort: 'cost' }, undefined, [], {
    inUrl: { q: 'string', kind: 'string', loanType: 'string', amountFen: 'number', termMonths: 'number', security: 'string', sort: 'string' },
  });
  const [chosen, setChosen] = useState<Product[]>([]);
  const [comparing, setComparing] = useState(false);

  const toggle = (product: Product, selected: boolean) => {
    if (selected && chosen.length >= MAX_COMPARED) {
      message.warning(t('market.supermarket.compareLimit', { count: MAX_COMPARED }));
      return;
    }
    setChosen((current) => (selected ? [...current, product] : current.filter((p) => p.id !== product.id)));
  };

  return (
    <>
      <PageHeader
        title={t('market.supermarket.title')}
        description={t('market.supermarket.description')}
        testId="supermarket-title"
        extra={
          <Button type="primary" icon={<SwapOutlined />} disabled={chosen.length < 2} onClick={() => setComparing(true)} data-testid="compare-products">
            {t('market.supermarket.compare', { count: chosen.length })}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SupermarketFilters query={list.query} onChange={list.setFilters} />
        </Flex>
        <PagedTable<Product>
          list={list}
          rowKey="id"
          columns={productColumns(t, i18n.language, (p, name) => (
            <Link to={`/enterprise/marketplace/${p.id}`} data-testid="product-name">
              <Typography.Text strong>{name}</Typography.Text>
            </Link>
          ))}
          empty={t('market.supermarket.empty')}
          scrollX={1050}
          rowSelection={{
            selectedRowKeys: chosen.map((p) => p.id),
            hideSelectAll: true,
            columnTitle: t('market.supermarket.compareColumn'),
            columnWidth: 64,
            onSelect: (product, selected) => toggle(product, selected),
            getCheckboxProps: (p) => ({ 'aria-label': t('market.supermarket.compareColumn'), disabled: chosen.length >= MAX_COMPARED && !chosen.some((c) => c.id === p.id) }),
          }}
          testId="product-table"
        />
      </Card>
      <CompareDrawer products={chosen} open={comparing} onClose={() => setComparing(false)} />
    </>
  );
}
