// The simulator beside the programme editor: the form's programme as it stands (unsaved) over a
// past period's loans or a synthetic portfolio, its results, and — once they match the form — the
// way to publish it: the saved draft as it is, or the form saved as a draft and then published.
// The server's problems land on the programme's fields (or the simulator's own) as saving's do.
import { Alert, App, Button, Card, DatePicker, Flex, Form, InputNumber, Radio, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { publishProgramme, saveProgramme, simulateProgramme, type Simulation } from '../../api/policy';
import { businessToday } from '../../business-time';
import { applyFieldErrors, errorMessage } from '../../lib/api-errors';
import { programmeBody, programmeFieldOf, type ProgrammeFormValues } from './programme-form';
import { programmePath } from './programmes-page';
import { SimulationResults } from './simulation-results';
import { defaultPeriod, formProgrammeKey, programmeKey, SIMULATION_SOURCES, simulationProgramme, SYNTHETIC_DEFAULTS, type SimulationSource } from './simulation-view';

interface SourceValues {
  source: NonNullable<SimulationSource>;
  from: string;
  to: string;
  size?: number;
  seed?: number;
}

interface Props {
  programmeForm: FormInstance<ProgrammeFormValues>;
  /** The saved draft's programme key when the programme has a draft; publishing it as is needs no save. */
  savedDraft?: { id: string; key: string | null };
}

export function SimulationPanel({ programmeForm, savedDraft }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<SourceValues>();
  const [busy, setBusy] = useState<'simulate' | 'publish'>();
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<{ result: Simulation; key: string; budgetFen: number | null }>();
  const source = Form.useWatch('source', form) ?? 'loans';
  const kind = Form.useWatch('kind', programmeForm);
  const watched = Form.useWatch([], { form: programmeForm, preserve: true }) as Partial<ProgrammeFormValues> | undefined;
  const formKey = watched ? formProgrammeKey(programmeForm.getFieldsValue(true) as ProgrammeFormValues) : null;
  const stale = done !== undefined && done.key !== formKey;
  const interest = (kind ?? 'interest_subsidy') === 'interest_subsidy';

  const showError = (error: unknown) => {
    const fieldMap = error instanceof ApiError ? Object.fromEntries(error.fields.map((f) => [f.field, programmeFieldOf(f.field)])) : {};
    const onProgramme = applyFieldErrors(programmeForm, error, fieldMap);
    const onSource = applyFieldErrors(form, error);
    setFailure(onProgramme ? t('policy.simulator.fixFields') : onSource ? undefined : errorMessage(t, error));
  };

  const simulate = async () => {
    let sourceValues: SourceValues;
    try {
      sourceValues = await form.validateFields();
      await programmeForm.validateFields();
    } catch {
      setFailure(t('policy.simulator.fixFields'));
      return;
    }
    const programme = simulationProgramme(programmeForm.getFieldsValue(true) as ProgrammeFormValues);
    setBusy('simulate');
    setFailure(undefined);
    try {
      const synthetic = sourceValues.source === 'synthetic' ? { size: sourceValues.size, seed: sourceValues.seed } : {};
      const result = await simulateProgramme({ programme, from: sourceValues.from, to: sourceValues.to, source: sourceValues.source, ...synthetic });
      const budgetFen = (programme.caps as { budgetFen?: unknown }).budgetFen;
      setDone({ result, key: programmeKey(programme), budgetFen: typeof budgetFen === 'number' ? budgetFen : null });
    } catch (error) {
      setDone(undefined);
      showError(error);
    } finally {
      setBusy(undefined);
    }
  };

  const unchangedDraft = savedDraft !== undefined && savedDraft.key !== null && savedDraft.key === formKey;
  const publish = async () => {
    setBusy('publish');
    setFailure(undefined);
    try {
      let id = savedDraft?.id;
      if (!unchangedDraft) id = (await saveProgramme(programmeBody(programmeForm.getFieldsValue(true) as ProgrammeFormValues, 'draft'))).id;
      await publishProgramme(id!);
      message.success(t('policy.editor.publishedMessage'));
      navigate(programmePath(id!));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(undefined);
    }
  };

  const dateItem = { getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : undefined }), normalize: (d: unknown) => (dayjs.isDayjs(d) ? d.format('YYYY-MM-DD') : undefined) };
  const required = (label: string) => ({ required: true, message: t('validation.required', { field: label }) });
  return (
    <Card title={t('policy.simulator.title')} data-testid="simulation-panel">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('policy.simulator.intro')}</Typography.Text>
        <Form<SourceValues> form={form} layout="vertical" initialValues={{ source: 'loans', ...defaultPeriod(businessToday(), Boolean(programmeForm.getFieldValue('perEnterprisePerYearYuan'))), ...SYNTHETIC_DEFAULTS }} disabled={busy !== undefined || !interest}>
          <Form.Item name="source" label={t('policy.simulator.source')}>
            <Radio.Group optionType="button" options={SIMULATION_SOURCES.map((s) => ({ value: s, label: t(`policy.simulator.sources.${s}`) }))} data-testid="sim-source" />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="from" label={t('policy.simulator.from')} rules={[required(t('policy.simulator.from'))]} {...dateItem} style={{ flex: 1, minWidth: 140 }}>
              <DatePicker style={{ width: '100%' }} data-testid="sim-from" />
            </Form.Item>
            <Form.Item name="to" label={t('policy.simulator.to')} rules={[required(t('policy.simulator.to'))]} {...dateItem} style={{ flex: 1, minWidth: 140 }}>
              <DatePicker style={{ width: '100%' }} data-testid="sim-to" />
            </Form.Item>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
            {t('policy.simulator.periodHelp')}
          </Typography.Paragraph>
          {source === 'synthetic' ? (
            <Flex gap={12} wrap>
              <Form.Item name="size" label={t('policy.simulator.size')} extra={t('policy.simulator.sizeHelp')} rules={[required(t('policy.simulator.size'))]} style={{ flex: 1, minWidth: 140 }}>
                <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} data-testid="sim-size" />
              </Form.Item>
              <Form.Item name="seed" label={t('policy.simulator.seed')} extra={t('policy.simulator.seedHelp')} style={{ flex: 1, minWidth: 140 }}>
                <InputNumber min={0} max={2 ** 31 - 1} precision={0} style={{ width: '100%' }} data-testid="sim-seed" />
              </Form.Item>
            </Flex>
          ) : null}
        </Form>
        {!interest ? <Alert type="info" showIcon message={t('policy.simulator.interestOnly')} /> : null}
        <Button type="primary" onClick={() => void simulate()} loading={busy === 'simulate'} disabled={!interest || busy === 'publish'} data-testid="sim-run">
          {t('policy.simulator.run')}
        </Button>
        {failure ? <Alert type="error" showIcon message={failure} role="alert" data-testid="sim-error" /> : null}
        {done ? (
          <>
            {stale ? <Alert type="warning" showIcon message={t('policy.simulator.stale')} data-testid="sim-stale" /> : null}
            <SimulationResults result={done.result} budgetFen={done.budgetFen} />
            {!stale ? (
              <Flex gap={8} justify="flex-end" align="center" wrap>
                <Typography.Text type="secondary">{unchangedDraft ? t('policy.simulator.publishDraftHelp') : t('policy.simulator.saveAndPublishHelp')}</Typography.Text>
                <Button type="primary" onClick={() => void publish()} loading={busy === 'publish'} disabled={busy === 'simulate'} data-testid="sim-publish">
                  {unchangedDraft ? t('policy.simulator.publishDraft') : t('policy.simulator.saveAndPublish')}
                </Button>
              </Flex>
            ) : null}
          </>
        ) : null}
      </Flex>
    </Card>
  );
}
