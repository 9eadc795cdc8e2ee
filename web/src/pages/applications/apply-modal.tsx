// Apply to a product: amount (万元, sent in fen), term, purpose, and optionally one of the
// enterprise's open needs of the product's kind. The Idempotency-Key is made once when the modal
// opens, so a double click or a retry after a lost answer makes one application.
import { Alert, Form, Input, InputNumber, Select, Skeleton, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { createApplication, type Application } from '../../api/applications';
import { getProduct, type Product } from '../../api/marketplace';
import { listNeeds, type Need } from '../../api/needs';
import { FormModal } from '../../components/form-modal';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatAmountRange, formatMoney, formatTermRange } from '../../lib/market-format';
import { fenToWanInput, parseWanToFen } from '../../lib/money';
import { localName } from '../../lib/format';
import { required, wanAmount } from '../../lib/rules';
import { useAsync } from '../../lib/use-async';
import { applicationPath } from '../../lib/workflow-paths';

interface Values {
  amountWan: string;
  termMonths?: number | null;
  purpose: string;
  needId?: string;
}

function ApplyFields({ product, need }: { product: Product; need?: Need }) {
  const { t, i18n } = useTranslation();
  const needs = useAsync((signal) => listNeeds({ kind: product.kind, pageSize: 100 }, signal), [product.kind]);
  const live = (needs.data?.items ?? []).filter((n) => n.status === 'open' || n.status === 'taken_up');
  const { amountMinFen, amountMaxFen, termMinMonths, termMaxMonths } = product.terms;
  const L = { amount: t('workflow.apply.amount'), term: t('workflow.apply.term'), purpose: t('workflow.apply.purpose') };
  const inRange = {
    validator: async (_rule: unknown, value: unknown) => {
      const fen = typeof value === 'string' ? parseWanToFen(value) : null;
      if (fen === null) return;
      if (fen === 0) throw new Error(t('workflow.amountPositive'));
      if (fen < amountMinFen || fen > amountMaxFen) throw new Error(t('workflow.apply.amountRange', { range: formatAmountRange(t, amountMinFen, amountMaxFen) }));
    },
  };
  const termRequired = product.kind === 'loan';
  return (
    <>
      <Typography.Paragraph type="secondary">
        {product.institutionName} · {localName(product, i18n.language)}
      </Typography.Paragraph>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', columnGap: 16 }}>
        <Form.Item name="amountWan" initialValue={need ? fenToWanInput(need.amountFen) : undefined} label={L.amount} rules={[required(t, L.amount), wanAmount(t), inRange]} extra={formatAmountRange(t, amountMinFen, amountMaxFen)}>
          <Input suffix={t('common.wan')} inputMode="decimal" data-testid="apply-amount" />
        </Form.Item>
        <Form.Item
          name="termMonths"
          label={L.term}
          initialValue={need?.termMonths ?? (termMinMonths !== null && termMinMonths === termMaxMonths ? termMinMonths : undefined)}
          rules={termRequired ? [{ required: true, message: t('validation.required', { field: L.term }) }] : []}
          extra={formatTermRange(t, termMinMonths, termMaxMonths)}
        >
          <InputNumber<number>
            min={termMinMonths ?? 1}
            max={termMaxMonths ?? 360}
            precision={0}
            addonAfter={t('market.monthsUnit')}
            style={{ width: '100%' }}
            data-testid="apply-term"
          />
        </Form.Item>
      </div>
      <Form.Item name="needId" initialValue={need?.id} label={t('workflow.apply.need')} extra={t('workflow.apply.needHint')}>
        <Select
          allowClear
          loading={needs.loading}
          options={live.map((n) => ({ value: n.id, label: `${formatMoney(t, n.amountFen)} · ${n.purpose}` }))}
          data-testid="apply-need"
        />
      </Form.Item>
      <Form.Item name="purpose" initialValue={need?.purpose} label={L.purpose} rules={[required(t, L.purpose)]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('market.needs.purposePlaceholder')} data-testid="apply-purpose" />
      </Form.Item>
      <Alert type="info" showIcon message={t('workflow.apply.consent', { institution: product.institutionName })} />
    </>
  );
}

export function ApplyModal({ productId, need, onClose }: { productId: string; need?: Need; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [key] = useState(newIdempotencyKey);
  const created = useRef<Application>(undefined);
  const product = useAsync((signal) => getProduct(productId, signal), [productId]);
  const p = product.data;

  const submit = async (v: Values) => {
    created.current = await createApplication(
      {
        productId,
        amountFen: parseWanToFen(v.amountWan) ?? 0,
        termMonths: v.termMonths ?? undefined,
        purpose: v.purpose.trim(),
        needId: v.needId || undefined,
      },
      key,
    );
  };

  return (
    <FormModal<Values>
      title={p ? t('workflow.apply.title', { product: localName(p, i18n.language) }) : t('workflow.apply.button')}
      fieldMap={{ amountFen: 'amountWan' }}
      onSubmit={submit}
      onClose={onClose}
      onSaved={() => {
        if (created.current) navigate(applicationPath(created.current.id));
      }}
      successText={t('workflow.apply.submitted')}
      okText={t('workflow.apply.submit')}
      okDisabled={!p}
      width={640}
      testId="apply-form"
    >
      {p ? <ApplyFields product={p} need={need} /> : product.error ? <Alert type="error" showIcon message={t('common.loadFailed')} /> : <Skeleton active />}
    </FormModal>
  );
}
