// The product editor's fields: what the product is, its terms (by kind: a rate for loans, a fee and
// cover for guarantees and insurance), soft preferences, and the parks it asks to be offered in.
import { Card, Form, Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOAN_TYPES, LPR_TENORS, PRODUCT_KINDS, REPAYMENT_METHODS, SECURITY_KINDS, STAGES, type ProductKind } from '../../api/marketplace';
import { ParkSelect } from '../../components/park-select';
import { parseWanToFen } from '../../lib/money';
import { required, wanAmount } from '../../lib/rules';

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', columnGap: 16 } as const;

function Grid({ children }: { children: ReactNode }) {
  return <div style={GRID}>{children}</div>;
}

export function BasicsCard() {
  const { t } = useTranslation();
  const kind = Form.useWatch<ProductKind | undefined>('kind');
  const L = { kind: t('market.fields.kind'), name: t('offering.editor.name'), loanType: t('market.fields.loanType') };
  return (
    <Card title={t('offering.editor.basics')} style={{ marginBottom: 16 }}>
      <Grid>
        <Form.Item name="kind" label={L.kind} rules={[{ required: true, message: t('validation.required', { field: L.kind }) }]}>
          <Select options={PRODUCT_KINDS.map((k) => ({ value: k, label: t(`market.kinds.${k}`) }))} data-testid="product-kind-input" />
        </Form.Item>
        {kind === 'loan' ? (
          <Form.Item name="loanType" label={L.loanType} rules={[{ required: true, message: t('validation.required', { field: L.loanType }) }]}>
            <Select options={LOAN_TYPES.map((k) => ({ value: k, label: t(`market.loanTypes.${k}`) }))} data-testid="product-loan-type" />
          </Form.Item>
        ) : null}
        <Form.Item name="name" label={L.name} rules={[required(t, L.name)]}>
          <Input maxLength={100} data-testid="product-name-input" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('offering.editor.nameEn')}>
          <Input maxLength={100} />
        </Form.Item>
      </Grid>
      <Form.Item name="description" label={t('market.fields.description')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </Card>
  );
}

function numberItem(name: string, label: string, props: { min?: number; max?: number; precision?: number; addonAfter?: string }, testId?: string) {
  return (
    <Form.Item name={name} label={label}>
      <InputNumber<number> style={{ width: '100%' }} {...props} data-testid={testId} />
    </Form.Item>
  );
}

export function TermsCard() {
  const { t } = useTranslation();
  const kind = Form.useWatch<ProductKind | undefined>('kind');
  const covered = kind === 'guarantee' || kind === 'insurance';
  const months = t('market.monthsUnit');
  const L = { min: t('offering.editor.amountMin'), max: t('offering.editor.amountMax') };
  return (
    <Card title={t('offering.editor.terms')} style={{ marginBottom: 16 }}>
      <Grid>
        <Form.Item name="amountMinWan" label={L.min} rules={[required(t, L.min), wanAmount(t)]}>
          <Input suffix={t('common.wan')} inputMode="decimal" data-testid="product-amount-min" />
        </Form.Item>
        <Form.Item
          name="amountMaxWan"
          label={L.max}
          dependencies={['amountMinWan']}
          rules={[
            required(t, L.max),
            wanAmount(t),
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                const min = parseWanToFen(String(getFieldValue('amountMinWan') ?? ''));
                const max = parseWanToFen(String(value ?? ''));
                if (min !== null && max !== null && max < min) throw new Error(t('offering.editor.amountOrder'));
              },
            }),
          ]}
        >
          <Input suffix={t('common.wan')} inputMode="decimal" data-testid="product-amount-max" />
        </Form.Item>
        {numberItem('termMinMonths', t('offering.editor.termMin'), { min: 1, max: 600, precision: 0, addonAfter: months })}
        {numberItem('termMaxMonths', t('offering.editor.termMax'), { min: 1, max: 600, precision: 0, addonAfter: months })}
        {kind === 'loan' ? (
          <>
            <Form.Item name="lprTenor" label={t('offering.editor.lprTenor')}>
              <Select options={LPR_TENORS.map((v) => ({ value: v, label: `LPR ${v.toUpperCase()}` }))} />
            </Form.Item>
            {numberItem('spreadMinBp', t('offering.editor.spreadMin'), { min: -500, max: 2000, precision: 0, addonAfter: 'bp' })}
            {numberItem('spreadMaxBp', t('offering.editor.spreadMax'), { min: -500, max: 2000, precision: 0, addonAfter: 'bp' })}
          </>
        ) : null}
        {covered ? (
          <>
            {numberItem('feeRatePct', t('market.fields.feeRate'), { min: 0, max: 20, precision: 3, addonAfter: '%' })}
            {numberItem('coverRatioPct', t('market.fields.coverRatio'), { min: 0, max: 100, precision: 1, addonAfter: '%' })}
          </>
        ) : null}
        {numberItem('turnaroundDays', t('offering.editor.turnaround'), { min: 1, max: 60, precision: 0, addonAfter: t('offering.editor.workingDays') })}
      </Grid>
      <Grid>
        {kind === 'loan' ? (
          <Form.Item name="repaymentMethods" label={t('market.fields.repayment')}>
            <Select mode="multiple" options={REPAYMENT_METHODS.map((v) => ({ value: v, label: t(`market.repayment.${v}`) }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="security" label={t('market.fields.security')}>
          <Select mode="multiple" options={SECURITY_KINDS.map((v) => ({ value: v, label: t(`market.security.${v}`) }))} />
        </Form.Item>
        {covered ? (
          <Form.Item name="eligibleLoanTypes" label={t('market.fields.eligibleLoanTypes')}>
            <Select mode="multiple" options={LOAN_TYPES.map((v) => ({ value: v, label: t(`market.loanTypes.${v}`) }))} />
          </Form.Item>
        ) : null}
      </Grid>
    </Card>
  );
}

const upperTags = (values: string[]) => values.map((v) => v.trim().toUpperCase()).filter(Boolean);

export function PreferencesCard() {
  const { t } = useTranslation();
  const tags = { mode: 'tags' as const, open: false, tokenSeparators: [',', ' ', '，'] };
  return (
    <Card title={t('offering.editor.preferences')} style={{ marginBottom: 16 }}>
      <Grid>
        <Form.Item name="industries" label={t('market.fields.industries')} extra={t('offering.editor.industriesHint')} getValueFromEvent={upperTags}>
          <Select {...tags} />
        </Form.Item>
        <Form.Item name="stages" label={t('market.fields.stages')}>
          <Select mode="multiple" options={STAGES.map((s) => ({ value: s, label: t(`rating.stages.${s}`) }))} />
        </Form.Item>
        <Form.Item name="regions" label={t('market.fields.regions')} extra={t('offering.editor.regionsHint')} getValueFromEvent={upperTags}>
          <Select {...tags} />
        </Form.Item>
      </Grid>
      <Form.Item name="thesis" label={t('market.fields.thesis')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="parkCodes" label={t('market.fields.parks')} extra={t('offering.editor.parksHint')}>
        <ParkSelect mode="multiple" valueField="code" activeOnly testId="product-parks" />
      </Form.Item>
    </Card>
  );
}
