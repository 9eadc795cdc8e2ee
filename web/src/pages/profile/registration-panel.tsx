// The registration facts (工商登记): a form for the enterprise itself, a read-only list for others.
import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { updateEnterprise, type EnterprisePatch } from '../../api/enterprises';
import type { EnterpriseProfile } from '../../api/profile';
import { applyFieldErrors, errorMessage } from '../../lib/api-errors';
import { industryLabel, regionLabel } from '../../lib/code-names';
import { formatCount } from '../../lib/format';
import { fenToWanInput, formatWan, formatYuan, parseWanToFen } from '../../lib/money';
import { industryCode, regionCode, required, upper, wanAmount, wholeNumber } from '../../lib/rules';
import { ProvenanceCell } from './provenance-cell';
import { businessToday } from '../../business-time';

interface Values {
  name: string;
  industryCode: string;
  regionCode: string;
  foundedOn: Dayjs;
  registeredCapitalWan: string;
  employees: number;
  legalRepresentative: string;
  address: string;
}

function initialValues(p: EnterpriseProfile): Partial<Values> {
  return {
    name: p.name,
    industryCode: p.industryCode,
    regionCode: p.regionCode,
    foundedOn: p.foundedOn ? dayjs(p.foundedOn) : undefined,
    registeredCapitalWan: p.registeredCapitalFen === undefined ? undefined : fenToWanInput(p.registeredCapitalFen),
    employees: p.employees,
    legalRepresentative: p.legalRepresentative,
    address: p.address,
  };
}

/** Only what changed, so the audit log says what was edited. */
function changes(p: EnterpriseProfile, v: Values): EnterprisePatch {
  const after: EnterprisePatch = {
    name: v.name.trim(),
    industryCode: v.industryCode.trim(),
    regionCode: v.regionCode.trim(),
    foundedOn: v.foundedOn.format('YYYY-MM-DD'),
    registeredCapitalFen: parseWanToFen(v.registeredCapitalWan) ?? 0,
    employees: v.employees,
    legalRepresentative: v.legalRepresentative.trim(),
    address: v.address.trim(),
  };
  return Object.fromEntries(Object.entries(after).filter(([k, value]) => p[k as keyof EnterpriseProfile] !== value)) as EnterprisePatch;
}

export function RegistrationPanel({ profile, editable, onSaved }: { profile: EnterpriseProfile; editable: boolean; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const L = (key: 'name' | 'industryCode' | 'regionCode' | 'foundedOn' | 'registeredCapital' | 'employees' | 'legalRepresentative' | 'address') =>
    t(`enterprises.${key}`);
  const none = t('common.none');

  if (!editable) {
    return (
      <Card size="small" title={t('profile.tabs.registration')} extra={<ProvenanceCell row={profile} />} data-testid="section-registration">
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={L('name')}>{profile.name}</Descriptions.Item>
          <Descriptions.Item label={L('industryCode')}>{`${profile.industryCode} ${industryLabel(profile.industryCode, i18n.language)}`}</Descriptions.Item>
          <Descriptions.Item label={L('regionCode')}>{profile.regionCode ? `${profile.regionCode} ${regionLabel(profile.regionCode, i18n.language)}` : none}</Descriptions.Item>
          <Descriptions.Item label={L('foundedOn')}>{profile.foundedOn ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('profile.admittedOn')}>{profile.admittedOn ?? none}</Descriptions.Item>
          <Descriptions.Item label={L('registeredCapital')}>
            {profile.registeredCapitalFen === undefined
              ? none
              : i18n.language === 'en'
                ? formatYuan(profile.registeredCapitalFen)
                : formatWan(profile.registeredCapitalFen, t('common.wan'))}
          </Descriptions.Item>
          <Descriptions.Item label={L('employees')}>{profile.employees === undefined ? none : formatCount(profile.employees, i18n.language)}</Descriptions.Item>
          <Descriptions.Item label={L('legalRepresentative')}>{profile.legalRepresentative ?? none}</Descriptions.Item>
          <Descriptions.Item label={L('address')}>{profile.address ?? none}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }

  const submit = async (values: Values) => {
    const patch = changes(profile, values);
    if (Object.keys(patch).length === 0) return void message.info(t('common.saved'));
    setBusy(true);
    setFailure(undefined);
    try {
      await updateEnterprise(profile.creditCode, patch);
      message.success(t('profile.registrationSaved'));
      onSaved();
    } catch (error) {
      if (!applyFieldErrors(form, error, { registeredCapitalFen: 'registeredCapitalWan' })) setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('profile.tabs.registration')} extra={<ProvenanceCell row={profile} />} data-testid="section-registration">
      {failure ? <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues(profile)} disabled={busy} onFinish={(v) => void submit(v)}>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', columnGap: 16 }}>
          <Form.Item label={t('enterprises.creditCode')}>
            <Input value={profile.creditCode} disabled style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Form.Item name="name" label={L('name')} rules={[required(t, L('name'))]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="industryCode"
            label={L('industryCode')}
            getValueFromEvent={upper}
            rules={[required(t, L('industryCode')), industryCode(t)]}
          >
            <Input maxLength={5} />
          </Form.Item>
          <Form.Item name="regionCode" label={L('regionCode')} rules={[required(t, L('regionCode')), regionCode(t)]}>
            <Input maxLength={6} inputMode="numeric" />
          </Form.Item>
          <Form.Item name="foundedOn" label={L('foundedOn')} rules={[{ required: true, message: t('validation.required', { field: L('foundedOn') }) }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(businessToday(), 'day')} />
          </Form.Item>
          <Form.Item name="registeredCapitalWan" label={L('registeredCapital')} rules={[required(t, L('registeredCapital')), wanAmount(t)]}>
            <Input suffix={t('common.wan')} inputMode="decimal" />
          </Form.Item>
          <Form.Item name="employees" label={L('employees')} rules={[{ required: true, message: t('validation.required', { field: L('employees') }) }, wholeNumber(t)]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="legalRepresentative" label={L('legalRepresentative')} rules={[required(t, L('legalRepresentative'))]}>
            <Input maxLength={100} />
          </Form.Item>
        </div>
        <Form.Item name="address" label={L('address')} rules={[required(t, L('address'))]}>
          <Input.TextArea maxLength={300} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-registration">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
