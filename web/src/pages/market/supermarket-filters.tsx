// The supermarket's filters: kind and loan type, an amount (万元) and term the product must cover,
// the security the enterprise can offer, and the order.
import { Input, InputNumber, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOAN_TYPES, PRODUCT_KINDS, SECURITY_KINDS, type ProductQuery, type ProductSort } from '../../api/marketplace';
import { PRODUCT_SORTS } from '../../../../shared/marketplace.ts';
import { EnumSelect } from '../../components/enum-select';
import { SearchInput } from '../../components/search-input';
import { fenToWanInput, parseWanToFen } from '../../lib/money';


function AmountFilter({ initialFen, onChange }: { initialFen: number | undefined; onChange: (amountFen: number | undefined) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialFen ? fenToWanInput(initialFen) : '');
  const fen = text.trim() === '' ? undefined : parseWanToFen(text);
  const apply = () => {
    if (fen !== null) onChange(fen || undefined);
  };
  return (
    <Input
      allowClear
      value={text}
      status={fen === null ? 'error' : undefined}
      placeholder={t('market.supermarket.amountFilter')}
      aria-label={t('market.supermarket.amountFilter')}
      suffix={t('common.wan')}
      inputMode="decimal"
      style={{ width: 200 }}
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value === '') onChange(undefined);
      }}
      onPressEnter={apply}
      onBlur={apply}
      data-testid="amount-filter"
    />
  );
}

export function SupermarketFilters({ query, onChange }: { query: ProductQuery; onChange: (patch: Partial<ProductQuery>) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <SearchInput placeholder={t('market.supermarket.searchPlaceholder')} defaultValue={query.q} onSearch={(q) => onChange({ q })} testId="product-search" />
      <EnumSelect
        values={PRODUCT_KINDS}
        label={(kind) => t(`market.kinds.${kind}`)}
        placeholder={t('market.fields.kind')}
        width={140}
        value={query.kind}
        onChange={(kind) => onChange({ kind, loanType: kind === 'loan' ? query.loanType : undefined })}
        testId="kind-filter"
      />
      <EnumSelect
        values={LOAN_TYPES}
        label={(type) => t(`market.loanTypes.${type}`)}
        placeholder={t('market.fields.loanType')}
        width={170}
        value={query.loanType}
        disabled={query.kind !== undefined && query.kind !== 'loan'}
        onChange={(loanType) => onChange({ loanType })}
        testId="loan-type-filter"
      />
      <AmountFilter initialFen={query.amountFen} onChange={(amountFen) => onChange({ amountFen })} />
      <InputNumber<number>
        min={1}
        max={600}
        precision={0}
        placeholder={t('market.supermarket.termFilter')}
        aria-label={t('market.supermarket.termFilter')}
        addonAfter={t('market.monthsUnit')}
        style={{ width: 170 }}
        value={query.termMonths}
        onChange={(termMonths) => onChange({ termMonths: termMonths ?? undefined })}
        data-testid="term-filter"
      />
      <EnumSelect
        values={SECURITY_KINDS}
        label={(kind) => t(`market.security.${kind}`)}
        placeholder={t('market.supermarket.securityFilter')}
        width={170}
        value={query.security}
        onChange={(security) => onChange({ security })}
        testId="security-filter"
      />
      <Segmented<ProductSort>
        value={query.sort ?? 'cost'}
        options={PRODUCT_SORTS.map((sort) => ({ value: sort, label: t(`market.supermarket.sorts.${sort}`) }))}
        onChange={(sort) => onChange({ sort })}
        data-testid="product-sort"
      />
    </>
  );
}
