// Institution officer: the institution's own products in every status, with each park's approval;
// a name opens the editor, and a product's leads are one click away.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { listProducts, PRODUCT_KINDS, PRODUCT_STATUSES, type Product, type ProductQuery, type ProductStatus } from '../../api/marketplace';
import { EnumSelect } from '../../components/enum-select';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { SearchInput } from '../../components/search-input';
import { formatDateTime } from '../../lib/format';
import { usePagedList } from '../../lib/use-paged-list';
import { ApprovalTag, ProductStatusTag } from '../market/market-tags';
import { productColumns } from '../market/product-columns';
import { PRODUCTS_PATH } from './use-product-save';
import { PublishButton } from './publish-button';

export function ProductsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = usePagedList<Product, ProductQuery>((q, signal) => listProducts(q, signal), { mine: true, sort: 'newest' }, undefined, [], {
    inUrl: { q: 'string', status: 'string', kind: 'string' },
  });

  const columns: TableColumnsType<Product> = [
    // The officer knows each product's term and turnaround; the list keeps what changes: parks, version, status.
    ...productColumns(t, i18n.language, (p, name) => (
      <Link to={`${PRODUCTS_PATH}/${p.id}`} data-testid="product-name">
        {name}
      </Link>
    )).filter((column) => column.key !== 'term' && column.key !== 'turnaround'),
    {
      title: t('market.fields.parks'),
      key: 'parks',
      width: 140,
      render: (_, p) => (
        <Flex gap={4} wrap>
          {p.parks.map((park) => (
            <ApprovalTag key={park.parkCode} status={park.status} label={park.parkName} />
          ))}
        </Flex>
      ),
    },
    {
      title: t('offering.products.updatedAt'),
      dataIndex: 'updatedAt',
      width: 120,
      render: (v: string, p) => (
        <Flex vertical>
          <span>{formatDateTime(v, i18n.language)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('offering.products.version')} {p.version}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('common.status'), dataIndex: 'status', width: 96, fixed: 'right', render: (s: ProductStatus) => <ProductStatusTag status={s} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, p) => (
        <Flex wrap>
          <Button type="link" size="small" onClick={() => navigate(`${PRODUCTS_PATH}/${p.id}`)}>
            {t('common.edit')}
          </Button>
          <PublishButton product={p} onDone={list.reload} link />
          {p.status === 'published' ? (
            <Button type="link" size="small" onClick={() => navigate(`/institution/leads?productId=${encodeURIComponent(p.id)}`)}>
              {t('offering.products.leads')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('offering.products.title')}
        description={t('offering.products.description')}
        testId="products-title"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`${PRODUCTS_PATH}/new`)} data-testid="create-product">
            {t('offering.products.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchInput placeholder={t('market.supermarket.searchPlaceholder')} defaultValue={list.query.q} onSearch={(q) => list.setFilters({ q })} />
          <EnumSelect values={PRODUCT_STATUSES} label={(s) => t(`market.productStatuses.${s}`)} placeholder={t('common.status')} value={list.query.status} onChange={(status) => list.setFilters({ status })} />
          <EnumSelect values={PRODUCT_KINDS} label={(kind) => t(`market.kinds.${kind}`)} placeholder={t('market.fields.kind')} value={list.query.kind} onChange={(kind) => list.setFilters({ kind })} />
        </Flex>
        <PagedTable<Product> list={list} rowKey="id" columns={columns} empty={t('offering.products.empty')} scrollX={1090} testId="my-products-table" />
      </Card>
    </>
  );
}
