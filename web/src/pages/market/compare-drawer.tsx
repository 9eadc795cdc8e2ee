// Up to three products side by side: one column a product, one row an attribute; the enterprise
// applies from here to those it is eligible for.
import { Drawer, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../api/marketplace';
import { getEnterpriseMatches } from '../../api/needs';
import { useMe } from '../../auth/auth-context';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { ProductApply, useOpenApplications } from '../applications/apply-button';
import { formatAmountRange, formatRate, formatTermRange, formatYearly } from '../../lib/market-format';
import { KindTag } from './market-tags';

interface Attribute {
  key: string;
  label: string;
  render: (p: Product) => ReactNode;
}

function tags<V extends string>(values: readonly V[], label: (v: V) => string, none: string): ReactNode {
  if (!values.length) return none;
  return (
    <Flex gap={4} wrap>
      {values.map((v) => (
        <Tag key={v} style={{ marginInlineEnd: 0 }}>
          {label(v)}
        </Tag>
      ))}
    </Flex>
  );
}

function attributes(t: TFunction): Attribute[] {
  const none = t('common.none');
  const pct = (v: number | null) => formatYearly(v, none);
  return [
    { key: 'institution', label: t('market.fields.institution'), render: (p) => p.institutionName },
    { key: 'kind', label: t('market.fields.kind'), render: (p) => <KindTag kind={p.kind} loanType={p.loanType} /> },
    { key: 'amount', label: t('market.fields.amount'), render: (p) => formatAmountRange(t, p.terms.amountMinFen, p.terms.amountMaxFen) },
    { key: 'term', label: t('market.fields.term'), render: (p) => formatTermRange(t, p.terms.termMinMonths, p.terms.termMaxMonths) },
    { key: 'rate', label: t('market.fields.rate'), render: (p) => formatRate(t, p.terms.rate) },
    { key: 'fee', label: t('market.fields.feeRate'), render: (p) => pct(p.terms.feeRate) },
    { key: 'cost', label: t('market.fields.yearlyCost'), render: (p) => <Typography.Text strong>{pct(p.yearlyCost)}</Typography.Text> },
    { key: 'cover', label: t('market.fields.coverRatio'), render: (p) => pct(p.terms.coverRatio) },
    { key: 'turnaround', label: t('market.fields.turnaround'), render: (p) => t('market.turnaroundValue', { count: p.terms.turnaroundDays }) },
    { key: 'security', label: t('market.fields.security'), render: (p) => tags(p.terms.security, (v) => t(`market.security.${v}`), none) },
    {
      key: 'repayment',
      label: t('market.fields.repayment'),
      render: (p) => tags(p.terms.repaymentMethods, (v) => t(`market.repayment.${v}`), none),
    },
    { key: 'stages', label: t('market.fields.stages'), render: (p) => tags(p.preferences.stages, (v) => t(`rating.stages.${v}`), none) },
    { key: 'industries', label: t('market.fields.industries'), render: (p) => tags(p.preferences.industries, (v) => v, none) },
    { key: 'description', label: t('market.fields.description'), render: (p) => p.description || none },
  ];
}

/** The row that applies: "Apply" for an eligible product, the open application, or why not. */
function useApplyRow(): Attribute {
  const { t } = useTranslation();
  const creditCode = useMe().organisation?.creditCode;
  const eligible = useAsync(
    (signal) => (creditCode ? getEnterpriseMatches(creditCode, { eligible: true, pageSize: 100 }, signal) : Promise.resolve(undefined)),
    [creditCode],
  );
  const open = useOpenApplications();
  const eligibleIds = new Set((eligible.data?.items ?? []).map((m) => m.productId));
  const otherwise = eligible.loading ? null : <Typography.Text type="secondary">{t('workflow.apply.notEligible')}</Typography.Text>;
  return {
    key: 'apply',
    label: t('workflow.apply.button'),
    render: (p) => <ProductApply productId={p.id} eligible={eligibleIds.has(p.id)} open={open} otherwise={otherwise} />,
  };
}

function CompareTable({ products }: { products: Product[] }) {
  const { t, i18n } = useTranslation();
  const applyRow = useApplyRow();
  const columns: TableColumnsType<Attribute> = [
    { title: '', dataIndex: 'label', width: 130, fixed: 'left', render: (label: string) => <Typography.Text type="secondary">{label}</Typography.Text> },
    ...products.map((p) => ({
      title: <span data-testid="compare-product">{localName(p, i18n.language)}</span>,
      key: p.id,
      width: 240,
      render: (_: unknown, a: Attribute) => a.render(p),
    })),
  ];
  return (
    <Table<Attribute>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={[...attributes(t), applyRow]}
      pagination={false}
      scroll={{ x: 130 + products.length * 240 }}
      data-testid="compare-table"
    />
  );
}

export function CompareDrawer({ products, open, onClose }: { products: Product[]; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} width={Math.min(1100, 200 + products.length * 280)} title={t('market.supermarket.compareTitle')} destroyOnHidden>
      {open ? <CompareTable products={products} /> : null}
    </Drawer>
  );
}
