// Table columns every product list shares: name and institution, kind, amount, term, price, turnaround.
import { Flex, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Product } from '../../api/marketplace';
import { EllipsisText } from '../../components/ellipsis-text';
import { localName } from '../../lib/format';
import { formatAmountRange, formatRate, formatTermRange, formatYearly } from '../../lib/market-format';
import { KindTag } from './market-tags';

/** LPR plus spread for a loan, the fee for the rest, with the yearly cost beside it. */
export function PriceCell({ product, t }: { product: Product; t: TFunction }) {
  const fee = product.terms.feeRate === null ? null : t('market.feeValue', { rate: formatYearly(product.terms.feeRate) });
  return (
    <Flex vertical>
      <span>{product.terms.rate ? formatRate(t, product.terms.rate) : (fee ?? t('common.none'))}</span>
      {product.yearlyCost !== null ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="product-cost">
          {t('market.yearlyCostValue', { rate: formatYearly(product.yearlyCost) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

export function productColumns<P extends Product = Product>(t: TFunction, language: string, renderName?: (p: P, name: string) => ReactNode): TableColumnsType<P> {
  return [
    {
      title: t('market.fields.product'),
      key: 'name',
      width: 164,
      render: (_, p) => {
        const name = localName(p, language);
        return (
          <Flex vertical style={{ minWidth: 0 }}>
            {renderName ? <EllipsisText text={name}>{renderName(p, name)}</EllipsisText> : <EllipsisText text={name} strong testId="product-name" />}
            <EllipsisText text={p.institutionName} type="secondary" style={{ fontSize: 12 }} />
          </Flex>
        );
      },
    },
    { title: t('market.fields.kind'), key: 'kind', width: 160, render: (_, p) => <KindTag kind={p.kind} loanType={p.loanType} /> },
    {
      title: t('market.fields.amount'),
      key: 'amount',
      width: 140,
      align: 'right',
      render: (_, p) => formatAmountRange(t, p.terms.amountMinFen, p.terms.amountMaxFen),
    },
    { title: t('market.fields.term'), key: 'term', width: 120, render: (_, p) => formatTermRange(t, p.terms.termMinMonths, p.terms.termMaxMonths) },
    { title: t('market.fields.price'), key: 'price', width: 150, render: (_, p) => <PriceCell product={p} t={t} /> },
    {
      title: t('market.fields.turnaround'),
      key: 'turnaround',
      width: 110,
      render: (_, p) => t('market.turnaroundValue', { count: p.terms.turnaroundDays }),
    },
  ];
}
