// An enterprise registers itself with its park: registration facts, the applicant, a password. The
// registration waits for the park's administrator; the applicant signs in once it is admitted.
// The credit code is checked here with the server's own checksum; the phone only by the server.
import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Divider, Form, Input, InputNumber, Result, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES } from '../../../../shared/codes/industries.ts';
import { listRegistrationParks, registerEnterprise, type RegistrationInput } from '../../api/registrations';
import { businessToday } from '../../business-time';
import { applyFieldErrors, errorMessage } from '../../lib/api-errors';
import { localName } from '../../lib/format';
import { parseWanToFen } from '../../lib/money';
import { creditCode, required, upper, wanAmount, wholeNumber } from '../../lib/rules';
import { useAsync } from '../../lib/use-async';
import type { zhCN } from '../../i18n/zh-CN';
import { PublicCard } from './password-pages';
import { refusalText } from './refusal';

type RegisterKey = keyof typeof zhCN.accounts.register;
const PASSWORD_MIN = 10;

interface Values {
  enterpriseName: string;
  creditCode: string;
  parkCode: string;
  industryCode: string;
  foundedOn: Dayjs;
  registeredCapitalWan: string;
  employees: number;
  legalRepresentative: string;
  address: string;
  contactName: string;
  email: string;
  phone?: string;
  password: string;
  confirm: string;
}

function toInput(v: Values, language: string): RegistrationInput {
  return {
    enterpriseName: v.enterpriseName.trim(),
    creditCode: v.creditCode.trim(),
    parkCode: v.parkCode,
    industryCode: v.industryCode,
    foundedOn: v.foundedOn.format('YYYY-MM-DD'),
    registeredCapitalFen: parseWanToFen(v.registeredCapitalWan) ?? 0,
    employees: v.employees,
    legalRepresentative: v.legalRepresentative.trim(),
    address: v.address.trim(),
    contactName: v.contactName.trim(),
    email: v.email.trim(),
    phone: v.phone?.trim() || undefined,
    password: v.password,
    locale: language === 'en' ? 'en' : 'zh-CN',
  };
}

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', columnGap: 16 } as const;

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const parks = useAsync((signal) => listRegistrationParks(signal), []);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState<{ name: string; park: string; email: string }>();
  const language = i18n.language;
  const en = language === 'en';
  const industries = useMemo(
    () => INDUSTRIES.filter((i) => i.level >= 2).map((i) => ({ value: i.code, label: `${i.code} ${en ? i.nameEn : i.nameZh}` })),
    [en],
  );
  const parkOptions = (parks.data?.items ?? []).map((p) => ({ value: p.code, label: localName(p, language) }));

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await registerEnterprise(toInput(values, language));
      const park = parkOptions.find((p) => p.value === values.parkCode)?.label ?? values.parkCode;
      setDone({ name: values.enterpriseName.trim(), park, email: values.email.trim() });
    } catch (error) {
      if (!applyFieldErrors(form, error, { registeredCapitalFen: 'registeredCapitalWan' })) setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const L = (key: RegisterKey) => t(`accounts.register.${key}`);
  if (done) {
    return (
      <PublicCard title={L('title')} maxWidth={640}>
        <div data-testid="register-done">
          <Result status="success" title={L('doneTitle')} subTitle={t('accounts.register.done', done)} />
        </div>
      </PublicCard>
    );
  }
  return (
    <PublicCard title={L('title')} maxWidth={760}>
      <Alert type="info" showIcon message={L('hint')} style={{ marginBottom: 16 }} />
      {parks.error ? <Alert type="error" showIcon message={errorMessage(t, parks.error)} style={{ marginBottom: 16 }} /> : null}
      {failure ? <Alert type="error" showIcon message={refusalText(t, failure)} style={{ marginBottom: 16 }} data-testid="register-error" /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={busy} data-testid="register-form">
        <Divider titlePlacement="start" plain>
          {L('enterprise')}
        </Divider>
        <div style={GRID}>
          <Form.Item name="enterpriseName" label={L('enterpriseName')} rules={[required(t, L('enterpriseName')), { min: 2, message: t('validation.required', { field: L('enterpriseName') }) }]}>
            <Input maxLength={100} data-testid="register-name" />
          </Form.Item>
          <Form.Item name="creditCode" label={L('creditCode')} getValueFromEvent={upper} rules={[required(t, L('creditCode')), creditCode(t)]}>
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="register-credit-code" />
          </Form.Item>
          <Form.Item name="parkCode" label={L('park')} rules={[{ required: true, message: t('validation.required', { field: L('park') }) }]}>
            <Select options={parkOptions} loading={parks.loading} data-testid="register-park" />
          </Form.Item>
          <Form.Item name="industryCode" label={L('industry')} rules={[{ required: true, message: t('validation.required', { field: L('industry') }) }]}>
            <Select showSearch optionFilterProp="label" options={industries} placeholder={L('industryPlaceholder')} data-testid="register-industry" />
          </Form.Item>
          <Form.Item name="foundedOn" label={L('foundedOn')} rules={[{ required: true, message: t('validation.required', { field: L('foundedOn') }) }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(businessToday(), 'day')} data-testid="register-founded" />
          </Form.Item>
          <Form.Item name="registeredCapitalWan" label={L('registeredCapital')} rules={[required(t, L('registeredCapital')), wanAmount(t)]}>
            <Input suffix={t('common.wan')} inputMode="decimal" placeholder="500" data-testid="register-capital" />
          </Form.Item>
          <Form.Item name="employees" label={L('employees')} rules={[{ required: true, message: t('validation.required', { field: L('employees') }) }, wholeNumber(t)]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="register-employees" />
          </Form.Item>
          <Form.Item name="legalRepresentative" label={L('legalRepresentative')} rules={[required(t, L('legalRepresentative'))]}>
            <Input maxLength={50} data-testid="register-legal" />
          </Form.Item>
        </div>
        <Form.Item name="address" label={L('address')} rules={[required(t, L('address'))]}>
          <Input maxLength={200} data-testid="register-address" />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {L('applicant')}
        </Divider>
        <div style={GRID}>
          <Form.Item name="contactName" label={L('contactName')} rules={[required(t, L('contactName'))]}>
            <Input maxLength={50} autoComplete="name" data-testid="register-contact" />
          </Form.Item>
          <Form.Item name="email" label={t('accounts.email')} rules={[required(t, t('accounts.email')), { type: 'email', message: t('login.emailInvalid') }]}>
            <Input maxLength={200} autoComplete="email" data-testid="register-email" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={L('phone')}
            extra={L('phoneHint')}
          >
            <Input maxLength={40} autoComplete="tel" inputMode="tel" data-testid="register-phone" />
          </Form.Item>
          <div />
          <Form.Item name="password" label={L('password')} extra={t('accounts.passwordRule')} rules={[{ required: true, min: PASSWORD_MIN, message: t('accounts.passwordRule') }]}>
            <Input.Password autoComplete="new-password" data-testid="register-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={L('confirm')}
            dependencies={['password']}
            rules={[{ required: true, message: t('accounts.mismatch') }, ({ getFieldValue }) => ({ validator: (_r, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('accounts.mismatch')))) })]}
          >
            <Input.Password autoComplete="new-password" data-testid="register-confirm" />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" block loading={busy} style={{ marginBottom: 16 }} data-testid="register-submit">
          {L('submit')}
        </Button>
      </Form>
    </PublicCard>
  );
}
