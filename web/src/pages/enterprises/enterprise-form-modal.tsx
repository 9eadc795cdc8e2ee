// Admit an enterprise to a park, or correct its registration facts.
import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { createEnterprise, updateEnterprise, type EnterpriseInput, type EnterprisePatch } from '../../api/enterprises';
import type { Enterprise } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { ParkSelect } from '../../components/park-select';
import { fenToWanInput, parseWanToFen } from '../../lib/money';
import { creditCode, industryCode, regionCode, required, upper, wanAmount, wholeNumber } from '../../lib/rules';
import { businessToday } from '../../business-time';

interface Values {
  creditCode: string;
  name: string;
  parkId: string;
  industryCode: string;
  regionCode: string;
  foundedOn: Dayjs;
  registeredCapitalWan: string;
  employees: number;
  legalRepresentative: string;
  address: string;
}

function toInput(v: Values): EnterpriseInput {
  return {
    creditCode: v.creditCode.trim(),
    name: v.name.trim(),
    parkId: v.parkId,
    industryCode: v.industryCode.trim(),
    regionCode: v.regionCode.trim(),
    foundedOn: v.foundedOn.format('YYYY-MM-DD'),
    registeredCapitalFen: parseWanToFen(v.registeredCapitalWan) ?? 0,
    employees: v.employees,
    legalRepresentative: v.legalRepresentative.trim(),
    address: v.address.trim(),
  };
}

/** Only the fields that changed, so the audit log says what was edited. */
function changes(before: Enterprise, after: EnterpriseInput): EnterprisePatch {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key !== 'creditCode' && before[key as keyof Enterprise] !== value) patch[key] = value;
  }
  return patch as EnterprisePatch;
}

interface Props {
  enterprise?: Enterprise;
  defaultParkId?: string;
  onClose: () => void;
  onSaved: () => void;
}

export function EnterpriseFormModal({ enterprise, defaultParkId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const initialValues: Partial<Values> = enterprise
    ? {
        ...enterprise,
        foundedOn: dayjs(enterprise.foundedOn),
        registeredCapitalWan: fenToWanInput(enterprise.registeredCapitalFen),
      }
    : { parkId: defaultParkId };

  const save = async (values: Values) => {
    const input = toInput(values);
    if (!enterprise) return createEnterprise(input);
    const patch = changes(enterprise, input);
    return Object.keys(patch).length > 0 ? updateEnterprise(enterprise.creditCode, patch) : enterprise;
  };
  const duplicate = (error: unknown) =>
    error instanceof ApiError && error.status === 409 && !enterprise
      ? { field: 'creditCode', message: t('enterprises.duplicate') }
      : undefined;
  const L = {
    address: t('enterprises.address'),
    creditCode: t('enterprises.creditCode'),
    employees: t('enterprises.employees'),
    foundedOn: t('enterprises.foundedOn'),
    industryCode: t('enterprises.industryCode'),
    legalRepresentative: t('enterprises.legalRepresentative'),
    name: t('enterprises.name'),
    park: t('enterprises.park'),
    regionCode: t('enterprises.regionCode'),
    registeredCapital: t('enterprises.registeredCapital'),
  };

  return (
    <FormModal<Values>
      title={enterprise ? t('enterprises.edit') : t('enterprises.create')}
      initialValues={initialValues}
      fieldMap={{ registeredCapitalFen: 'registeredCapitalWan' }}
      mapError={duplicate}
      onSubmit={save}
      onClose={onClose}
      onSaved={onSaved}
      successText={enterprise ? t('common.saved') : t('common.created')}
      width={720}
      testId="enterprise-form"
    >
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', columnGap: 16 }}>
        <Form.Item
          name="creditCode"
          label={L.creditCode}
          getValueFromEvent={upper}
          rules={[required(t, L.creditCode), creditCode(t)]}
        >
          <Input disabled={Boolean(enterprise)} maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="name" label={L.name} rules={[required(t, L.name)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="parkId" label={L.park} rules={[required(t, L.park)]}>
          <ParkSelect activeOnly />
        </Form.Item>
        <Form.Item
          name="industryCode"
          label={L.industryCode}
          getValueFromEvent={upper}
          rules={[required(t, L.industryCode), industryCode(t)]}
        >
          <Input placeholder="I6510" maxLength={5} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={L.regionCode}
          rules={[required(t, L.regionCode), regionCode(t)]}
        >
          <Input placeholder="310115" maxLength={6} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="foundedOn" label={L.foundedOn} rules={[{ required: true, message: t('validation.required', { field: L.foundedOn }) }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(businessToday(), 'day')} />
        </Form.Item>
        <Form.Item
          name="registeredCapitalWan"
          label={L.registeredCapital}
          rules={[required(t, L.registeredCapital), wanAmount(t)]}
        >
          <Input suffix={t('common.wan')} inputMode="decimal" placeholder="500" />
        </Form.Item>
        <Form.Item
          name="employees"
          label={L.employees}
          rules={[{ required: true, message: t('validation.required', { field: L.employees }) }, wholeNumber(t)]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="legalRepresentative"
          label={L.legalRepresentative}
          rules={[required(t, L.legalRepresentative)]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </div>
      <Form.Item name="address" label={L.address} rules={[required(t, L.address)]}>
        <Input.TextArea maxLength={300} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
