// The loan's terms, given when it is disbursed: amount (万元, sent in fen), LPR tenor and spread,
// term, repayment method and the disbursement date. Defaults come from the application and product.
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ApprovalTerms, LoanTerms } from '../../api/applications';
import { LPR_TENORS, REPAYMENT_METHODS, type LprTenor, type Product, type RepaymentMethod } from '../../api/marketplace';
import { fenToWanInput, parseWanToFen } from '../../lib/money';
import { required, wanAmount } from '../../lib/rules';
import { businessToday } from '../../business-time';

export interface DisbursementValues {
  loanAmountWan: string;
  spreadBp: number;
  lprTenor: LprTenor;
  loanTermMonths: number;
  method: RepaymentMethod;
  disbursedOn: Dayjs;
}

/** The server names the loan's fields loan.*; the form keeps them apart from the application's own. */
export const DISBURSEMENT_FIELD_MAP: Record<string, string> = {
  'loan.amountFen': 'loanAmountWan',
  'loan.spreadBp': 'spreadBp',
  'loan.lprTenor': 'lprTenor',
  'loan.termMonths': 'loanTermMonths',
  'loan.method': 'method',
  'loan.disbursedOn': 'disbursedOn',
  'approval.amountFen': 'loanAmountWan',
  'approval.spreadBp': 'spreadBp',
  'approval.lprTenor': 'lprTenor',
  'approval.termMonths': 'loanTermMonths',
};

/** Defaults: the approval's terms when it has them (the disbursement must honour them), else the application's and product's. */
export function disbursementDefaults(application: { amountFen: number; termMonths: number | null; approval?: ApprovalTerms | null }, product: Product | undefined): Partial<DisbursementValues> {
  const rate = product?.terms.rate;
  const approved = application.approval;
  return {
    loanAmountWan: fenToWanInput(approved?.amountFen ?? application.amountFen),
    spreadBp: approved?.spreadBp ?? rate?.spreadMinBp ?? 0,
    lprTenor: approved?.lprTenor ?? rate?.lprTenor ?? '1y',
    loanTermMonths: approved?.termMonths ?? application.termMonths ?? product?.terms.termMinMonths ?? 12,
    method: product?.terms.repaymentMethods[0] ?? 'equal_instalment',
    disbursedOn: businessToday(),
  };
}

export function toApprovalTerms(v: DisbursementValues): ApprovalTerms {
  return { amountFen: parseWanToFen(v.loanAmountWan) ?? 0, spreadBp: v.spreadBp, lprTenor: v.lprTenor, termMonths: v.loanTermMonths };
}

export function toLoanTerms(v: DisbursementValues): LoanTerms {
  return {
    amountFen: parseWanToFen(v.loanAmountWan) ?? 0,
    spreadBp: v.spreadBp,
    lprTenor: v.lprTenor,
    termMonths: v.loanTermMonths,
    method: v.method,
    disbursedOn: v.disbursedOn.format('YYYY-MM-DD'),
  };
}

/** `approval`: the terms an approval records (amount, rate, term); `disbursement`: those plus method and date. */
export function DisbursementFields({ product, mode = 'disbursement' }: { product: Product | undefined; mode?: 'approval' | 'disbursement' }) {
  const { t } = useTranslation();
  const L = {
    amount: t('workflow.loanForm.amount'),
    spread: t('workflow.loanForm.spread'),
    term: t('workflow.loanForm.term'),
    method: t('workflow.loanForm.method'),
    disbursedOn: t('workflow.loanForm.disbursedOn'),
  };
  const rate = product?.terms.rate;
  const positive = {
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value === 'string' && parseWanToFen(value) === 0) throw new Error(t('workflow.amountPositive'));
    },
  };
  const must = (field: string) => ({ required: true, message: t('validation.required', { field }) });
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', columnGap: 16 }} data-testid="loan-terms">
      <Form.Item name="loanAmountWan" label={L.amount} rules={[required(t, L.amount), wanAmount(t), positive]}>
        <Input suffix={t('common.wan')} inputMode="decimal" data-testid="loan-amount" />
      </Form.Item>
      {mode === 'disbursement' ? (
        <Form.Item name="disbursedOn" label={L.disbursedOn} rules={[must(L.disbursedOn)]}>
          <DatePicker style={{ width: '100%' }} data-testid="loan-disbursed-on" />
        </Form.Item>
      ) : null}
      <Form.Item name="lprTenor" label={t('workflow.loanForm.lprTenor')} rules={[must(t('workflow.loanForm.lprTenor'))]}>
        <Select options={LPR_TENORS.map((v) => ({ value: v, label: `LPR ${v.toUpperCase()}` }))} data-testid="loan-lpr-tenor" />
      </Form.Item>
      <Form.Item
        name="spreadBp"
        label={L.spread}
        rules={[must(L.spread)]}
        extra={rate ? t('workflow.loanForm.spreadRange', { min: rate.spreadMinBp, max: rate.spreadMaxBp }) : undefined}
      >
        <InputNumber<number> min={-2000} max={2000} precision={0} addonAfter="bp" style={{ width: '100%' }} data-testid="loan-spread" />
      </Form.Item>
      <Form.Item name="loanTermMonths" label={L.term} rules={[must(L.term)]}>
        <InputNumber<number> min={1} max={360} precision={0} addonAfter={t('market.monthsUnit')} style={{ width: '100%' }} data-testid="loan-term" />
      </Form.Item>
      {mode === 'disbursement' ? (
        <Form.Item name="method" label={L.method} rules={[must(L.method)]}>
          <Select options={REPAYMENT_METHODS.map((m) => ({ value: m, label: t(`market.repayment.${m}`) }))} data-testid="loan-method" />
        </Form.Item>
      ) : null}
    </div>
  );
}
