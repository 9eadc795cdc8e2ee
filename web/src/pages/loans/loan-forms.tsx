// The institution records money received on a loan: a repayment (amount, date, reference), or on a
// defaulted loan a recovery (amount, date, where it came from, a note). Amounts are typed in 万元.
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RECOVERY_SOURCES, recordRecovery, recordRepayment, type RecoverySource } from '../../api/loans';
import { FormModal } from '../../components/form-modal';
import { parseWanToFen } from '../../lib/money';
import { required, wanAmount } from '../../lib/rules';
import { businessToday } from '../../business-time';

const DAY = 'YYYY-MM-DD';

function AmountItem({ label }: { label: string }) {
  const { t } = useTranslation();
  const positive = {
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value === 'string' && parseWanToFen(value) === 0) throw new Error(t('workflow.amountPositive'));
    },
  };
  return (
    <Form.Item name="amountWan" label={label} rules={[required(t, label), wanAmount(t), positive]} extra={t('loans.forms.amountHint')}>
      <Input suffix={t('common.wan')} inputMode="decimal" data-testid="money-amount" />
    </Form.Item>
  );
}

interface RepaymentValues {
  amountWan: string;
  paidOn: Dayjs;
  reference?: string;
}

export function RepaymentModal({ loanId, onClose, onSaved }: { loanId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const paidOn = t('loans.forms.paidOn');
  return (
    <FormModal<RepaymentValues>
      title={t('loans.forms.repaymentTitle')}
      initialValues={{ paidOn: businessToday() }}
      fieldMap={{ amountFen: 'amountWan' }}
      onSubmit={(v) =>
        recordRepayment(loanId, { amountFen: parseWanToFen(v.amountWan) ?? 0, paidOn: v.paidOn.format(DAY), reference: v.reference?.trim() || undefined })
      }
      onClose={onClose}
      onSaved={onSaved}
      successText={t('loans.forms.repaymentRecorded')}
      okText={t('loans.forms.record')}
      testId="repayment-form"
    >
      <AmountItem label={t('loans.forms.amount')} />
      <Form.Item name="paidOn" label={paidOn} rules={[{ required: true, message: t('validation.required', { field: paidOn }) }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(businessToday(), 'day')} />
      </Form.Item>
      <Form.Item name="reference" label={t('loans.forms.reference')}>
        <Input maxLength={100} data-testid="repayment-reference" />
      </Form.Item>
    </FormModal>
  );
}

interface RecoveryValues {
  amountWan: string;
  recoveredOn: Dayjs;
  source: RecoverySource;
  note?: string;
}

export function RecoveryModal({ loanId, onClose, onSaved }: { loanId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const L = { on: t('loans.forms.recoveredOn'), source: t('loans.forms.source') };
  return (
    <FormModal<RecoveryValues>
      title={t('loans.forms.recoveryTitle')}
      initialValues={{ recoveredOn: businessToday() }}
      fieldMap={{ amountFen: 'amountWan' }}
      onSubmit={(v) =>
        recordRecovery(loanId, {
          amountFen: parseWanToFen(v.amountWan) ?? 0,
          recoveredOn: v.recoveredOn.format(DAY),
          source: v.source,
          note: v.note?.trim() || undefined,
        })
      }
      onClose={onClose}
      onSaved={onSaved}
      successText={t('loans.forms.recoveryRecorded')}
      okText={t('loans.forms.record')}
      testId="recovery-form"
    >
      <AmountItem label={t('loans.forms.amount')} />
      <Form.Item name="recoveredOn" label={L.on} rules={[{ required: true, message: t('validation.required', { field: L.on }) }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(businessToday(), 'day')} />
      </Form.Item>
      <Form.Item name="source" label={L.source} rules={[{ required: true, message: t('validation.required', { field: L.source }) }]}>
        <Select options={RECOVERY_SOURCES.map((s) => ({ value: s, label: t(`loans.sources.${s}`) }))} data-testid="recovery-source" />
      </Form.Item>
      <Form.Item name="note" label={t('loans.forms.note')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
