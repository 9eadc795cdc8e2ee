// One form field of a profile row, with the input and rules its kind needs.
import { DatePicker, Form, Input, InputNumber, Select, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../lib/labels';
import { parseSignedWanToFen, parseWanToFen } from '../../lib/money';
import type { FieldSpec } from './section-specs';
import { businessToday } from '../../business-time';

const MAX_TEXT: Partial<Record<string, number>> = { number: 64, certificateNo: 64, reference: 100, round: 40, lender: 200, title: 300 };
/** End dates and the start they may not precede. */
const STARTS: Partial<Record<string, string>> = { validTo: 'validFrom', maturesOn: 'startedOn', grantedOn: 'appliedOn', resolvedOn: 'occurredOn' };

const DEPENDS: Partial<Record<string, string[]>> = Object.fromEntries(
  Object.entries(STARTS).map(([end, start]) => [end, end === 'grantedOn' ? [start ?? '', 'status'] : [start ?? '']]),
);

function useRules(field: FieldSpec, label: string): FormRule[] {
  const { t } = useTranslation();
  const rules: FormRule[] = [];
  if (field.required) {
    // `whitespace` makes the rule a string rule, so only text fields carry it.
    const text = field.kind === 'text' || field.kind === 'longText' || field.kind === 'money' || field.kind === 'signedMoney';
    rules.push(text ? { required: true, whitespace: true, message: t('validation.required', { field: label }) } : { required: true, message: t('validation.required', { field: label }) });
  }
  if (field.kind === 'money' || field.kind === 'signedMoney') {
    const parse = field.kind === 'money' ? parseWanToFen : parseSignedWanToFen;
    const message = field.kind === 'money' ? t('profile.validation.money') : t('profile.validation.signedMoney');
    rules.push({
      validator: async (_rule, value: unknown) => {
        if (value === undefined || value === null || String(value).trim() === '') return;
        if (parse(String(value)) === null) throw new Error(message);
      },
    });
  }
  const start = STARTS[field.name];
  if (start) {
    rules.push(({ getFieldValue }) => ({
      validator: async (_rule, value: Dayjs | undefined) => {
        const from = getFieldValue(start) as Dayjs | undefined;
        if (value && from && value.isBefore(from, 'day')) throw new Error(t('profile.validation.dateOrder'));
      },
    }));
  }
  if (field.name === 'grantedOn') {
    // A granted patent or copyright has a grant date (the server insists too).
    rules.push(({ getFieldValue }) => ({
      required: getFieldValue('status') === 'granted',
      message: t('validation.required', { field: label }),
    }));
  }
  return rules;
}

export function FieldInput({ field }: { field: FieldSpec }) {
  const { t } = useTranslation();
  const label = t(`profile.fields.${field.name}`);
  const rules = useRules(field, label);
  const wide = field.kind === 'longText' || field.kind === 'list' || field.name === 'title';
  const style = wide ? { gridColumn: '1 / -1' } : undefined;
  const full = { width: '100%' };

  let input;
  switch (field.kind) {
    case 'money':
    case 'signedMoney':
      input = <Input suffix={t('common.wan')} inputMode="decimal" allowClear />;
      break;
    case 'date':
      input = <DatePicker style={full} />;
      break;
    case 'month':
      input = <DatePicker picker="month" style={full} disabledDate={(d) => d.isAfter(businessToday(), 'month')} />;
      break;
    case 'year':
      input = <InputNumber min={1950} max={2200} precision={0} style={full} />;
      break;
    case 'count':
      input = <InputNumber min={0} max={10_000_000} precision={0} style={full} />;
      break;
    case 'enum':
      input = (
        <Select
          options={(field.values ?? []).map((value) => ({ value, label: enumLabel(t, field.enumName ?? '', value) }))}
          showSearch
          optionFilterProp="label"
        />
      );
      break;
    case 'list':
      input = <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />;
      break;
    case 'longText':
      input = <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />;
      break;
    default:
      input = <Input maxLength={MAX_TEXT[field.name] ?? 200} />;
  }

  return (
    <Form.Item name={field.name} label={label} rules={rules} style={style} dependencies={DEPENDS[field.name]}>
      {input}
    </Form.Item>
  );
}
