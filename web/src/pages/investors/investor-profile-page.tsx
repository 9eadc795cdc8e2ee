// The investor's own profile editor (officers of a fund): thesis, stages, industries, regions and
// parks, ticket range and fund size in 万元, the association's numbers, team and portfolio. The
// server checks the profile whole; each problem it names is shown on its field, translated.
import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDUSTRIES } from '../../../../shared/codes/industries.ts';
import { REGIONS } from '../../../../shared/codes/regions.ts';
import { ApiError } from '../../api/client';
import { AMAC_REGISTER_URL, getOwnInvestor, INVESTMENT_STAGES, saveOwnInvestor } from '../../api/investors';
import { listParks } from '../../api/parks';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { problemMessage } from '../../lib/api-errors';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { EMPTY_PROFILE, formPathOf, inputOf, valuesOf, type ProfileValues } from './investor-profile-form';
import { PortfolioFields, TeamFields } from './investor-profile-lists';

export function InvestorProfilePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const own = useAsync(async (signal) => {
    try {
      return await getOwnInvestor(signal);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'investor.not_found') return null;
      throw error;
    }
  }, []);
  const parks = useAsync((signal) => listParks({ pageSize: 100 }, signal), []);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    if (own.data !== undefined) form.setFieldsValue(own.data ? valuesOf(own.data) : EMPTY_PROFILE);
  }, [own.data]);
  const industryOptions = useMemo(() => INDUSTRIES.map((i) => ({ value: i.code, label: language === 'en' ? i.nameEn : i.nameZh })), [language]);
  const regionOptions = useMemo(() => REGIONS.map((r) => ({ value: r.code, label: language === 'en' ? r.nameEn : r.nameZh })), [language]);
  const required = [{ required: true, message: t('investors.editor.required') }];

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setBusy(true);
    setFailure(undefined);
    try {
      form.setFieldsValue(valuesOf(await saveOwnInvestor(inputOf(values))));
      message.success(t('investors.editor.saved'));
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      if (fields.length === 0) setFailure(error);
      const byPath = new Map<string, { name: ReturnType<typeof formPathOf>; errors: string[] }>();
      for (const p of fields) {
        const name = formPathOf(p.field);
        const key = JSON.stringify(name);
        byPath.set(key, { name, errors: [...(byPath.get(key)?.errors ?? []), problemMessage(p)] });
      }
      form.setFields([...byPath.values()]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('investors.editor.title')} description={t('investors.editor.description')} testId="investor-profile-title" />
      <Card>
        {own.error ? <ErrorAlert error={own.error} onRetry={own.reload} /> : null}
        {own.data === null ? <Alert type="info" showIcon message={t('investors.editor.notYet')} style={{ marginBottom: 16 }} /> : null}
        {failure ? <ErrorAlert error={failure} /> : null}
        <Form<ProfileValues> form={form} layout="vertical" disabled={own.loading} data-testid="investor-profile-form" style={{ maxWidth: 860 }}>
          <Form.Item name="thesis" label={t('investors.fields.thesis')} rules={required}>
            <Input.TextArea rows={4} maxLength={4000} data-testid="investor-thesis-input" />
          </Form.Item>
          <Form.Item name="stages" label={t('investors.fields.stages')}>
            <Select mode="multiple" options={INVESTMENT_STAGES.map((s) => ({ value: s, label: t(`investors.stages.${s}`) }))} data-testid="investor-stages-input" />
          </Form.Item>
          <Form.Item name="industryCodes" label={t('investors.fields.industries')} extra={t('investors.editor.industriesHint')}>
            <Select mode="multiple" showSearch optionFilterProp="label" options={industryOptions} />
          </Form.Item>
          <Form.Item name="regionCodes" label={t('investors.fields.regions')} extra={t('investors.editor.regionsHint')}>
            <Select mode="multiple" showSearch optionFilterProp="label" options={regionOptions} />
          </Form.Item>
          <Form.Item name="parkIds" label={t('investors.fields.parks')}>
            <Select mode="multiple" options={(parks.data?.items ?? []).map((p) => ({ value: p.id, label: localName(p, language) }))} />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="ticketMinWan" label={t('investors.fields.ticketMin')} rules={required}>
              <Input inputMode="decimal" style={{ width: 200 }} data-testid="investor-ticket-min" />
            </Form.Item>
            <Form.Item name="ticketMaxWan" label={t('investors.fields.ticketMax')} rules={required}>
              <Input inputMode="decimal" style={{ width: 200 }} data-testid="investor-ticket-max" />
            </Form.Item>
            <Form.Item name="fundSizeWan" label={t('investors.fields.fundSizeWan')}>
              <Input inputMode="decimal" style={{ width: 220 }} />
            </Form.Item>
          </Space>
          <Form.Item name="managerRegistrationNo" label={t('investors.fields.registrationNo')} extra={t('investors.editor.registrationHint')}>
            <Input maxLength={20} style={{ width: 240 }} data-testid="investor-registration-no" />
          </Form.Item>
          <Form.Item name="fundRecordCodes" label={t('investors.fields.fundRecordCodes')} extra={t('investors.editor.recordHint')}>
            <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} data-testid="investor-record-codes" />
          </Form.Item>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('investors.drawer.registerNote')} description={<a href={AMAC_REGISTER_URL} target="_blank" rel="noreferrer">{t('investors.drawer.registerLink')}</a>} />
          <Form.Item name="website" label={t('investors.fields.website')}>
            <Input maxLength={300} />
          </Form.Item>
          <Typography.Title level={5}>{t('investors.fields.team')}</Typography.Title>
          <TeamFields />
          <Typography.Title level={5}>{t('investors.fields.portfolio')}</Typography.Title>
          <PortfolioFields />
          <Button type="primary" loading={busy} onClick={() => void save()} data-testid="investor-profile-save">
            {t('investors.editor.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
