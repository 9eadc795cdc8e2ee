// Record one fee or premium payment by hand: the fields of one CSV line, the loan found by its
// borrower or id among the officer's own. The first click checks it on the server (dryRun) and shows
// the row as it would be written — or the refusals on their fields; the second writes it. Any change
// drops the preview, so what is written is what was checked.
import { Alert, DatePicker, Descriptions, Form, Input, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POLICY_PAYMENT_KINDS, searchPaymentLoans, submitPolicyPayments, type PaymentPreviewRow } from '../../api/policy-payments';
import { FormModal } from '../../components/form-modal';
import { RemoteSelect } from '../../components/remote-select';
import { formatDate } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { formatYuan, parseYuanToFen } from '../../lib/money';
import { formatPercent } from '../../lib/policy-format';
import { required } from '../../lib/rules';
import { PAYMENT_FORM_FIELDS, paymentRowOf, percentToRate, type PaymentFormValues } from './payment-submission';
import { loanText } from './use-policy-names';

const DAY = 'YYYY-MM-DD';
const PAGE = 20;

/** A date field holding the text YYYY-MM-DD (what the row sends), shown in a date picker. */
function DateItem({ name, label, testId }: { name: keyof PaymentFormValues; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('validation.required', { field: label }) }]} getValueProps={(v?: string) => ({ value: v ? dayjs(v) : undefined })} normalize={(d?: dayjs.Dayjs | null) => (d ? d.format(DAY) : undefined)}>
      <DatePicker style={{ width: '100%' }} data-testid={testId} />
    </Form.Item>
  );
}

function Preview({ row }: { row: PaymentPreviewRow }) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="payment-record-preview" style={{ marginBottom: 16 }}>
      <Alert type={row.duplicate ? 'warning' : 'info'} showIcon style={{ marginBottom: 12 }} message={row.duplicate ? t('payments.record.duplicate') : t('payments.record.previewTitle')} />
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('payments.columns.enterprise')} span={2}>
          {row.enterprise.name} · {loanText(t, i18n.language, row.loan)}
        </Descriptions.Item>
        <Descriptions.Item label={t('payments.columns.kind')}>{t(`payments.kinds.${row.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('payments.columns.contractNo')}>{row.contractNo}</Descriptions.Item>
        <Descriptions.Item label={t('payments.columns.amount')}>{formatYuan(row.amountFen)}</Descriptions.Item>
        <Descriptions.Item label={t('payments.columns.paidOn')}>{formatDate(row.paidOn, i18n.language)}</Descriptions.Item>
        <Descriptions.Item label={t('payments.columns.coverage')}>{`${formatDate(row.coverageFrom, i18n.language)} ~ ${formatDate(row.coverageTo, i18n.language)}`}</Descriptions.Item>
        <Descriptions.Item label={t('payments.columns.rate')}>{formatPercent(row.feeRate)}</Descriptions.Item>
        <Descriptions.Item label={t('payments.record.covered')} span={2}>
          {formatYuan(row.coveredAmountFen)} {row.duplicate ? <Tag>{t('payments.file.duplicate')}</Tag> : <Tag color="blue">{t('payments.file.fresh')}</Tag>}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}

export function PaymentRecordModal({ onClose, onSubmitted }: { onClose: () => void; onSubmitted: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [preview, setPreview] = useState<PaymentPreviewRow>();
  const L = {
    loan: t('payments.record.loan'),
    kind: t('payments.columns.kind'),
    contractNo: t('payments.columns.contractNo'),
    amount: t('payments.record.amount'),
    covered: t('payments.record.covered'),
    rate: t('payments.record.rate'),
  };
  const loans = useCallback(
    async (q: string, signal: AbortSignal, page: number) => {
      const found = await searchPaymentLoans({ q: q.trim() || undefined, page, pageSize: PAGE, lang: language === 'en' ? 'en' : 'zh-CN' }, signal);
      return {
        options: found.items.map((l) => ({ value: l.id, label: t('payments.record.loanOption', { enterprise: l.enterprise.name, product: l.productName, amount: formatMoney(t, l.amountFen), date: formatDate(l.disbursedOn, language) }) })),
        more: page * PAGE < found.total,
      };
    },
    [t, language],
  );
  const yuan = (label: string) => ({
    validator: async (_rule: unknown, value: unknown) => {
      if (value === undefined || value === '') return;
      const fen = parseYuanToFen(String(value));
      if (fen === null || fen === 0) throw new Error(t('payments.record.yuanInvalid', { field: label }));
    },
  });
  const rate = {
    validator: async (_rule: unknown, value: unknown) => {
      if (value === undefined || value === '') return;
      if (percentToRate(String(value)) === null) throw new Error(t('payments.record.rateInvalid'));
    },
  };

  return (
    <FormModal<PaymentFormValues>
      title={t('payments.record.title')}
      width={720}
      initialValues={{ kind: 'premium' }}
      fieldMap={PAYMENT_FORM_FIELDS}
      before={async (v) => {
        if (preview) return true;
        const done = await submitPolicyPayments({ payments: [paymentRowOf(v)], dryRun: true });
        setPreview(done.preview?.[0]);
        return false;
      }}
      onSubmit={(v) => submitPolicyPayments({ payments: [paymentRowOf(v)] })}
      onValuesChange={() => setPreview(undefined)}
      onClose={onClose}
      onSaved={onSubmitted}
      successText={t('payments.record.done')}
      okText={preview ? t('payments.record.submit') : t('payments.file.check')}
      okDisabled={preview?.duplicate === true}
      testId="payment-record-form"
    >
      {preview ? <Preview row={preview} /> : <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('payments.record.hint')} />}
      <Form.Item name="loanId" label={L.loan} rules={[{ required: true, message: t('validation.required', { field: L.loan }) }]} extra={t('payments.record.loanHint')}>
        <RemoteSelect fetchOptions={loans} placeholder={t('payments.record.loanPlaceholder')} ariaLabel={L.loan} testId="payment-record-loan" />
      </Form.Item>
      <Form.Item name="kind" label={L.kind} rules={[{ required: true, message: t('validation.required', { field: L.kind }) }]}>
        <Select options={POLICY_PAYMENT_KINDS.map((k) => ({ value: k, label: t(`payments.kinds.${k}`) }))} aria-label={L.kind} data-testid="payment-record-kind" />
      </Form.Item>
      <Form.Item name="contractNo" label={L.contractNo} rules={[required(t, L.contractNo), { max: 64 }]}>
        <Input maxLength={64} data-testid="payment-record-contract" />
      </Form.Item>
      <DateItem name="paidOn" label={t('payments.columns.paidOn')} testId="payment-record-paid-on" />
      <Form.Item name="amountYuan" label={L.amount} rules={[required(t, L.amount), yuan(L.amount)]}>
        <Input suffix={t('payments.record.yuan')} inputMode="decimal" data-testid="payment-record-amount" />
      </Form.Item>
      <DateItem name="coverageFrom" label={t('payments.record.coverageFrom')} testId="payment-record-from" />
      <DateItem name="coverageTo" label={t('payments.record.coverageTo')} testId="payment-record-to" />
      <Form.Item name="coveredYuan" label={L.covered} rules={[required(t, L.covered), yuan(L.covered)]}>
        <Input suffix={t('payments.record.yuan')} inputMode="decimal" data-testid="payment-record-covered" />
      </Form.Item>
      <Form.Item name="ratePercent" label={L.rate} rules={[required(t, L.rate), rate]} extra={t('payments.record.rateHint')}>
        <Input suffix="%" inputMode="decimal" data-testid="payment-record-rate" />
      </Form.Item>
    </FormModal>
  );
}
