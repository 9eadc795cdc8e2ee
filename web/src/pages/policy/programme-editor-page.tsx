// Park administrator: create a programme or edit its draft with a structured form (who qualifies,
// loan rules, the formula, caps and budget, publication and confirmation), saved as a draft or
// published; the server's problems land on their fields by path ("caps.perLoanFen"). The simulator
// stands beside the form (below it on narrow screens) and runs what the form holds, unsaved.
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Spin, Switch } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { LOAN_TYPES } from '../../../../shared/marketplace.ts';
import { GRADES } from '../../../../shared/rating.ts';
import { ApiError } from '../../api/client';
import { listInstitutions } from '../../api/institutions';
import { getProgramme, saveProgramme, type ProgrammeDetail, type ProgrammeStatus } from '../../api/policy';
import { useMe } from '../../auth/auth-context';
import { businessToday } from '../../business-time';
import { ErrorAlert } from '../../components/error-alert';
import { Col, Row } from '../../components/grid';
import { PageHeader } from '../../components/page-header';
import { ParkSelect } from '../../components/park-select';
import { applyFieldErrors, errorMessage } from '../../lib/api-errors';
import { localName } from '../../lib/format';
import { parseYuanToFen } from '../../lib/money';
import { useAsync } from '../../lib/use-async';
import { BUDGET_RULES, LPR_BASES, PROGRAMME_DEFAULTS, PROGRAMME_KINDS, programmeBody, programmeFieldOf, programmeValues, STACKING_RULES, type ProgrammeFormValues } from './programme-form';
import { PROGRAMMES_PATH, programmePath } from './programmes-page';
import { SimulationPanel } from './simulation-panel';
import { formProgrammeKey } from './simulation-view';
import { ProgrammeProofsField } from './programme-proofs-field';

export function ProgrammeEditorPage() {
  const { programmeId } = useParams();
  const existing = useAsync((signal) => (programmeId ? getProgramme(programmeId, signal) : Promise.resolve(undefined)), [programmeId]);
  if (programmeId && existing.error) return <ErrorAlert error={existing.error} onRetry={existing.reload} />;
  if (programmeId && !existing.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  return <ProgrammeEditor existing={existing.data} />;
}

/** The version to edit: the draft when there is one, else the version in force (saving makes a new draft). */
const editedVersion = (p: ProgrammeDetail) => p.all.find((v) => v.status === 'draft') ?? p.all.find((v) => v.version === p.version) ?? p;

function ProgrammeEditor({ existing }: { existing?: ProgrammeDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const [form] = Form.useForm<ProgrammeFormValues>();
  const [busy, setBusy] = useState<ProgrammeStatus>();
  const [failure, setFailure] = useState<string>();
  const institutions = useAsync((signal) => listInstitutions({ pageSize: 100 }, signal).catch(() => undefined), []);
  const kind = Form.useWatch('kind', form) ?? PROGRAMME_DEFAULTS.kind;
  const rateCapOn = Form.useWatch('rateCapOn', form);
  const maxRateOn = Form.useWatch('maxRateOn', form);
  const interest = kind === 'interest_subsidy';
  const ownPark = me.parkScope.parks[0]?.code ?? null;
  const today = businessToday();
  const edited = existing ? editedVersion(existing) : undefined;
  const initialValues: Partial<ProgrammeFormValues> = edited
    ? programmeValues(edited)
    : { ...PROGRAMME_DEFAULTS, ownerPark: ownPark, validFrom: today.format('YYYY-MM-DD'), validTo: `${today.year()}-12-31` };

  const save = async (status: ProgrammeStatus) => {
    let values: ProgrammeFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(status);
    setFailure(undefined);
    try {
      const saved = await saveProgramme(programmeBody(values, status));
      message.success(status === 'published' ? t('policy.editor.publishedMessage') : t('policy.editor.saved'));
      navigate(programmePath(saved.id));
    } catch (error) {
      const fieldMap = error instanceof ApiError ? Object.fromEntries(error.fields.map((f) => [f.field, programmeFieldOf(f.field)])) : {};
      if (!applyFieldErrors(form, error, fieldMap)) setFailure(errorMessage(t, error));
    } finally {
      setBusy(undefined);
    }
  };

  const required = (label: string) => ({ required: true, message: t('validation.required', { field: label }) });
  const yuanRule = { validator: async (_r: unknown, value: unknown) => { if (typeof value === 'string' && value.trim() && parseYuanToFen(value) === null) throw new Error(t('policy.editor.yuanInvalid')); } };
  const dateItem = { getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : undefined }), normalize: (d: unknown) => (dayjs.isDayjs(d) ? d.format('YYYY-MM-DD') : undefined) };
  const yuanInput = (testId: string) => <Input inputMode="decimal" suffix="¥" data-testid={testId} />;
  const half = (children: ReactNode) => <Col xs={24} md={12}>{children}</Col>;

  return (
    <>
      <PageHeader
        title={existing ? t('policy.editor.titleEdit') : t('policy.editor.titleNew')}
        testId="programme-editor-title"
        extra={
          <Link to={existing ? programmePath(existing.id) : PROGRAMMES_PATH}>
            <Button>{t('common.cancel')}</Button>
          </Link>
        }
      />
      {edited?.status === 'published' ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('policy.editor.onlyDrafts')} /> : null}
      {failure ? <Alert type="error" showIcon style={{ marginBottom: 16 }} message={failure} role="alert" /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
      <Form<ProgrammeFormValues> form={form} layout="vertical" initialValues={initialValues} disabled={busy !== undefined} data-testid="programme-form">
        <Flex vertical gap={16}>
          <Card title={t('policy.editor.basics')}>
            <Row gutter={16}>
              {half(
                <Form.Item name="id" label={t('policy.editor.id')} extra={t('policy.editor.idHelp')} rules={[required(t('policy.editor.id')), { pattern: /^[a-z0-9][a-z0-9-]{1,63}$/, message: t('policy.editor.idHelp') }]}>
                  <Input disabled={Boolean(existing)} maxLength={64} data-testid="programme-id" />
                </Form.Item>,
              )}
              {half(
                <Form.Item name="kind" label={t('policy.editor.kind')} rules={[required(t('policy.editor.kind'))]}>
                  <Select options={PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`policy.kinds.${k}`) }))} data-testid="programme-kind" />
                </Form.Item>,
              )}
              {half(
                <Form.Item name="name" label={t('policy.editor.name')} rules={[required(t('policy.editor.name'))]}>
                  <Input maxLength={100} data-testid="programme-name" />
                </Form.Item>,
              )}
              {half(
                <Form.Item name="nameEn" label={t('policy.editor.nameEn')} rules={[required(t('policy.editor.nameEn'))]}>
                  <Input maxLength={100} data-testid="programme-name-en" />
                </Form.Item>,
              )}
              {half(
                <Form.Item name="ownerPark" label={t('policy.editor.ownerPark')} rules={[required(t('policy.editor.ownerPark'))]}>
                  <Select options={me.parkScope.parks.map((p) => ({ value: p.code, label: localName(p, language) }))} data-testid="programme-park" />
                </Form.Item>,
              )}
              {half(
                <Flex gap={16}>
                  <Form.Item name="validFrom" label={t('policy.editor.validFrom')} rules={[required(t('policy.editor.validFrom'))]} {...dateItem} style={{ flex: 1 }}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name="validTo" label={t('policy.editor.validTo')} rules={[required(t('policy.editor.validTo'))]} {...dateItem} style={{ flex: 1 }}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Flex>,
              )}
            </Row>
          </Card>
          <Card title={t('policy.editor.eligibility')}>
            <Row gutter={16}>
              {half(
                <Form.Item name="minGrade" label={t('policy.editor.minGrade')}>
                  <Select allowClear placeholder={t('policy.editor.anyGrade')} options={GRADES.map((g) => ({ value: g, label: t('policy.gradeAtLeast', { grade: g }) }))} data-testid="programme-min-grade" />
                </Form.Item>,
              )}
              {half(
                <Form.Item name="industryPrefixes" label={t('policy.editor.industryPrefixes')} extra={t('policy.editor.industryHelp')}>
                  <Select mode="tags" tokenSeparators={[',', ' ', '，']} open={false} data-testid="programme-industries" />
                </Form.Item>,
              )}
              {half(
                <Form.Item name="parkCodes" label={t('policy.editor.parkCodes')} extra={t('policy.editor.parkCodesHelp')}>
                  <ParkSelect mode="multiple" valueField="code" allowClear />
                </Form.Item>,
              )}
              {half(
                <Flex gap={24} wrap>
                  <Form.Item name="requiresValidReport" label={t('policy.editor.requiresValidReport')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                  <Form.Item name="excludeDishonest" label={t('policy.editor.excludeDishonest')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Flex>,
              )}
            </Row>
          </Card>
          <Card title={t('policy.editor.loanRules')}>
            <Row gutter={16}>
              {half(
                <Form.Item name="loanTypes" label={t('policy.editor.loanTypes')} extra={t('policy.editor.loanTypesHelp')}>
                  <Select mode="multiple" allowClear options={LOAN_TYPES.map((l) => ({ value: l, label: t(`market.loanTypes.${l}`) }))} />
                </Form.Item>,
              )}
              {half(
                <Form.Item name="institutionIds" label={t('policy.editor.institutionIds')} extra={t('policy.editor.institutionIdsHelp')}>
                  <Select mode="multiple" allowClear optionFilterProp="label" options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))} />
                </Form.Item>,
              )}
              {half(
                <Form.Item name="minAmountYuan" label={t('policy.editor.minAmountYuan')} rules={[yuanRule]}>
                  {yuanInput('programme-min-amount')}
                </Form.Item>,
              )}
              {half(
                <Form.Item name="maxAmountYuan" label={t('policy.editor.maxAmountYuan')} rules={[yuanRule]}>
                  {yuanInput('programme-max-amount')}
                </Form.Item>,
              )}
              {half(
                <Form.Item name="maxTermMonths" label={t('policy.editor.maxTermMonths')}>
                  <InputNumber min={1} max={360} precision={0} style={{ width: '100%' }} />
                </Form.Item>,
              )}
              {interest ? (
                half(
                  <LprRateFields prefix="maxRate" label={t('policy.editor.maxRate')} on={Boolean(maxRateOn)} />,
                )
              ) : (
                half(
                  <Form.Item name="maxFeeRate" label={t('policy.editor.maxFeeRate')}>
                    <Input inputMode="decimal" />
                  </Form.Item>,
                )
              )}
            </Row>
          </Card>
          <Card title={t('policy.editor.formula')}>
            <Row gutter={16}>
              {half(
                <Form.Item name="share" label={t('policy.editor.share')} rules={[required(t('policy.editor.share'))]}>
                  <Input inputMode="decimal" data-testid="programme-share" />
                </Form.Item>,
              )}
              {interest
                ? half(<LprRateFields prefix="rateCap" label={t('policy.editor.rateCap')} on={Boolean(rateCapOn)} />)
                : half(
                    <Form.Item name="maxSubsidyRateOfAmount" label={t('policy.editor.maxSubsidyRateOfAmount')}>
                      <Input inputMode="decimal" />
                    </Form.Item>,
                  )}
            </Row>
          </Card>
          <Card title={t('policy.editor.caps')}>
            <Row gutter={16}>
              {half(
                <Form.Item name="perEnterprisePerYearYuan" label={t('policy.editor.perEnterprisePerYearYuan')} rules={[yuanRule]}>
                  {yuanInput('programme-cap-year')}
                </Form.Item>,
              )}
              {half(
                <Form.Item name="perLoanYuan" label={t('policy.editor.perLoanYuan')} rules={[yuanRule]}>
                  {yuanInput('programme-cap-loan')}
                </Form.Item>,
              )}
              {half(
                <Form.Item name="budgetYuan" label={t('policy.editor.budgetYuan')} rules={[required(t('policy.editor.budgetYuan')), yuanRule]}>
                  {yuanInput('programme-budget')}
                </Form.Item>,
              )}
              {half(
                <Form.Item name="budgetRule" label={t('policy.editor.budgetRule')}>
                  <Radio.Group options={BUDGET_RULES.map((r) => ({ value: r, label: t(`policy.budgetRules.${r}`) }))} />
                </Form.Item>,
              )}
            </Row>
          </Card>
          <Card title={t('policy.editor.process')}>
            <Row gutter={16}>
              {half(
                <Form.Item name="stacking" label={t('policy.editor.stacking')}>
                  <Radio.Group options={STACKING_RULES.map((r) => ({ value: r, label: t(`policy.stacking.${r}`) }))} />
                </Form.Item>,
              )}
              {half(
                <Flex gap={16}>
                  <Form.Item name="objectionDays" label={t('policy.editor.objectionDays')} rules={[required(t('policy.editor.objectionDays'))]} style={{ flex: 1 }}>
                    <InputNumber min={0} max={90} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name="confirmDays" label={t('policy.editor.confirmDays')} rules={[required(t('policy.editor.confirmDays'))]} style={{ flex: 1 }}>
                    <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Flex>,
              )}
            </Row>
          </Card>
          <ProgrammeProofsField />
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => void save('draft')} loading={busy === 'draft'} data-testid="programme-save-draft">
              {t('policy.editor.saveDraft')}
            </Button>
            <Button type="primary" onClick={() => void save('published')} loading={busy === 'published'} data-testid="programme-save-publish">
              {t('policy.editor.publish')}
            </Button>
          </Flex>
        </Flex>
      </Form>
        </Col>
        <Col xs={24} xl={10}>
          <SimulationPanel programmeForm={form} savedDraft={edited?.status === 'draft' && existing ? { id: existing.id, key: formProgrammeKey(programmeValues(edited)) } : undefined} />
        </Col>
      </Row>
    </>
  );
}

/** A rate relative to the LPR: on or off, its base, a multiple and basis points added. */
function LprRateFields({ prefix, label, on }: { prefix: 'rateCap' | 'maxRate'; label: string; on: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name={`${prefix}On`} label={label} valuePropName="checked">
        <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('policy.editor.noLimit')} />
      </Form.Item>
      {on ? (
        <Flex gap={8}>
          <Form.Item name={`${prefix}Base`} label={t('policy.editor.lprBase')} style={{ flex: 1 }}>
            <Select options={LPR_BASES.map((b) => ({ value: b, label: t(`policy.lprBases.${b}`) }))} />
          </Form.Item>
          <Form.Item name={`${prefix}Times`} label={t('policy.editor.times')} style={{ flex: 1 }}>
            <Input inputMode="decimal" data-testid={`programme-${prefix}-times`} />
          </Form.Item>
          <Form.Item name={`${prefix}PlusBp`} label={t('policy.editor.plusBp')} style={{ flex: 1 }}>
            <InputNumber min={-2000} max={2000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      ) : null}
    </>
  );
}
