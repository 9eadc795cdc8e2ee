// Names instead of codes and ids: a programme by its code (in the reader's language) and a loan by
// its product and amount, from lists the reader may see anyway.
import type { TFunction } from 'i18next';
import { listLoans } from '../../api/loans';
import { listProgrammes, type Programme } from '../../api/policy';
import { formatMoney } from '../../lib/market-format';
import { useAsync } from '../../lib/use-async';

export const programmeName = (p: Pick<Programme, 'name' | 'nameEn'>, language: string) => (language === 'en' && p.nameEn ? p.nameEn : p.name);

export function useProgrammes(language: string) {
  const state = useAsync((signal) => listProgrammes(signal), []);
  const items = state.data?.items ?? [];
  const byId = new Map(items.map((p) => [p.id, p]));
  /** A programme's name; an ellipsis until the list has loaded (never the code). */
  const nameOf = (id: string) => {
    const p = byId.get(id);
    return p ? programmeName(p, language) : '…';
  };
  return { items, nameOf, reload: state.reload, loading: state.loading, error: state.error };
}

/** A loan as a claim or a run names it: "product · amount", the product in the reader's language. */
export const loanText = (t: TFunction, language: string, loan: { productName: string; productNameEn: string | null; amountFen: number }) =>
  t('policy.loanLabel', { product: language === 'en' && loan.productNameEn ? loan.productNameEn : loan.productName, amount: formatMoney(t, loan.amountFen) });

/** The loans the reader sees (their first hundred), labelled "product · amount". */
export function useLoanLabels(t: TFunction, language: string) {
  const state = useAsync((signal) => listLoans({ pageSize: 100, lang: language }, signal), [language]);
  const byId = new Map((state.data?.items ?? []).map((l) => [l.id, t('policy.loanLabel', { product: l.productName, amount: formatMoney(t, l.amountFen) })]));
  return (id: string): string | undefined => byId.get(id);
}
