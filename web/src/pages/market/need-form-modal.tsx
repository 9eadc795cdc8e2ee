// Post a financing need: what kind of money, how much (万元, sent in fen), for how long, for what,
// by when, and the security the enterprise can offer.
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PRODUCT_KINDS, SECURITY_KINDS, type ProductKind, type SecurityKind } from '../../api/marketplace';
import { createNeed, type NeedInput } from '../../api/needs';
import { FormModal } from '../../components/form-modal';
import { parseWanToFen } from '../../lib/money';
import { required, wanAmount } from '../../lib/rules';
import { businessToday } from '../../business-time';

interface Values {
  kind: ProductKind;
  amountWan: string;
  termMonths?: number | null;
  purpose: string;
  neededBy?: Dayjs | null;
  offers?: SecurityKind[];
}

export function toNeedInput(v: Values): NeedInput {
  return {
    kind: v.kind,
    amountFen: parseWanToFen(v.amountWan) ?? 0,
    termMonths: v.termMonths ?? undefined,
    purpose: v.purpose.trim(),
    neededBy: v.neededBy ? v.neededBy.format('YYYY-MM-DD') : undefined,
    offers: v.offers ?? [],
  };
}

export function NeedFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const L = {
    kind: t('market.fields.kind'),
    amount: t('market.needs.amount'),
    term: t('market.needs.term'),
    purpose: t('market.needs.purpose'),
  };
  const positive = {
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value === 'string' && parseWanToFen(value) === 0) throw new Error(t('market.needs.amountPositive'));
    },
  };
  return (
    <FormModal<Values>
      title={t('market.needs.create')}
      initialValues={{ kind: 'loan', offers: ['none'] }}
      fieldMap={{ amountFen: 'amountWan' }}
      onSubmit={(values) => createNeed(toNeedInput(values))}
      onClose={onClose}
      onSaved={onSaved}
      successText={t('market.needs.created')}
      width={640}
      testId="need-form"
    >
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', columnGap: 16 }}>
        <Form.Item name="kind" label={L.kind} rules={[{ required: true, message: t('validation.required', { field: L.kind }) }]}>
          <Select options={PRODUCT_KINDS.map((kind) => ({ value: kind, label: t(`market.kinds.${kind}`) }))} data-testid="need-kind" />
        </Form.Item>
        <Form.Item name="amountWan" label={L.amount} rules={[required(t, L.amount), wanAmount(t), positive]}>
          <Input suffix={t('common.wan')} inputMode="decimal" placeholder="500" data-testid="need-amount-input" />
        </Form.Item>
        <Form.Item name="termMonths" label={L.term}>
          <InputNumber<number> min={1} max={600} precision={0} addonAfter={t('market.monthsUnit')} style={{ width: '100%' }} data-testid="need-term" />
        </Form.Item>
        <Form.Item name="neededBy" label={t('market.needs.neededBy')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(businessToday(), 'day')} />
        </Form.Item>
      </div>
      <Form.Item name="offers" label={t('market.needs.offers')} extra={t('market.needs.offersHint')}>
        <Select mode="multiple" options={SECURITY_KINDS.map((kind) => ({ value: kind, label: t(`market.security.${kind}`) }))} data-testid="need-offers" />
      </Form.Item>
      <Form.Item name="purpose" label={L.purpose} rules={[required(t, L.purpose)]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('market.needs.purposePlaceholder')} data-testid="need-purpose-input" />
      </Form.Item>
    </FormModal>
  );
}
