// Institution officer: create or edit a product — terms, preferences, parks and eligibility rules,
// with a live count of the enterprises the rules would let through; then publish or withdraw it.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Skeleton, Space, Typography } from 'antd';
import { Col, Row } from '../../components/grid';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { FieldProblem } from '../../api/client';
import { getProduct, type MatchFact, type Product } from '../../api/marketplace';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { ApprovalTag, ProductStatusTag } from '../market/market-tags';
import { useMatchFacts } from '../market/use-match-facts';
import { EligibilityPreviewCard } from './eligibility-preview';
import { BasicsCard, PreferencesCard, TermsCard } from './product-fields';
import { NEW_PRODUCT, toFormValues } from './product-form';
import { PublishButton } from './publish-button';
import { RuleBuilder } from './rule-builder';
import { rowProblems, rowsToRules, ruleToRow } from './rule-rows';
import { PRODUCTS_PATH, useProductSave, type EditorValues } from './use-product-save';

function ParkApprovals({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  if (!product.parks.length) return null;
  return (
    <Card title={t('offering.editor.approvals')} size="small" style={{ marginBottom: 16 }} data-testid="product-approvals">
      <Flex vertical gap={6}>
        {product.parks.map((p) => (
          <Flex key={p.parkCode} justify="space-between" gap={8} wrap>
            <ApprovalTag status={p.status} label={p.parkName} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[p.note, p.decidedAt ? formatDateTime(p.decidedAt, i18n.language) : null].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

function EditorHeader({ product, busy, onSave, onChanged }: { product?: Product; busy: boolean; onSave: () => void; onChanged: (p: Product) => void }) {
  const { t } = useTranslation();
  return (
    <PageHeader
      title={product ? product.name : t('offering.editor.createTitle')}
      description={product ? t('offering.editor.versionLine', { version: product.version, institution: product.institutionName }) : t('offering.editor.description')}
      testId="product-editor-title"
      extra={
        <Space wrap>
          <Link to={PRODUCTS_PATH}>
            <Button icon={<ArrowLeftOutlined />}>{t('offering.editor.back')}</Button>
          </Link>
          {product ? <ProductStatusTag status={product.status} /> : null}
          {product ? <PublishButton product={product} onDone={onChanged} /> : null}
          <Button type="primary" loading={busy} onClick={onSave} data-testid="save-product">
            {t('common.save')}
          </Button>
        </Space>
      }
    />
  );
}

function Editor({ product, facts, onChanged }: { product?: Product; facts: MatchFact[]; onChanged: (p: Product) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<EditorValues>();
  const byKey = useMemo(() => new Map(facts.map((f) => [f.key, f])), [facts]);
  const initialValues = useMemo<Partial<EditorValues>>(
    () => (product ? { ...toFormValues(product), ruleRows: product.rules.map((r, i) => ruleToRow(r, byKey, i + 1)) } : { ...NEW_PRODUCT, ruleRows: [] }),
    [product, byKey],
  );
  const rows = Form.useWatch('ruleRows', form) ?? initialValues.ruleRows ?? [];
  const parkCodes = Form.useWatch('parkCodes', form) ?? initialValues.parkCodes ?? [];
  const compiled = rowsToRules(rows, byKey);
  const saving = useProductSave(form, product, compiled, onChanged);
  // The preview's problems hold only for the rules it checked; rows may have moved since.
  const rulesKey = JSON.stringify(compiled.rules);
  const [preview, setPreview] = useState<{ key: string; fields: FieldProblem[] }>({ key: '', fields: [] });
  const previewProblems = preview.key === rulesKey ? preview.fields : [];
  const english = i18n.language === 'en';
  const factName = (key: string) => {
    const fact = byKey.get(key);
    return fact ? (english ? fact.nameEn : fact.nameZh) : key;
  };
  const problems = rowProblems([...previewProblems, ...saving.ruleProblems], compiled.rowOf, factName);

  return (
    <>
      <EditorHeader product={product} busy={saving.busy} onSave={() => void saving.save()} onChanged={onChanged} />
      {saving.failure ? <Alert type="error" showIcon message={saving.failure} style={{ marginBottom: 16 }} role="alert" data-testid="product-save-error" /> : null}
      <Form<EditorValues> form={form} layout="vertical" initialValues={initialValues} disabled={saving.busy} onValuesChange={(changed) => 'ruleRows' in changed && saving.clearRuleProblems()}>
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            <BasicsCard />
            <TermsCard />
            <PreferencesCard />
            <Card title={t('offering.rules.title')} style={{ marginBottom: 16 }}>
              <Typography.Paragraph type="secondary">{t('offering.rules.description')}</Typography.Paragraph>
              <Form.Item name="ruleRows" noStyle>
                <RuleBuilder facts={facts} problems={problems} incomplete={compiled.incomplete} strict={saving.strict} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <div style={{ position: 'sticky', top: 80 }}>
              {product ? <ParkApprovals product={product} /> : null}
              <EligibilityPreviewCard rules={compiled.rules} parkCodes={parkCodes} incomplete={compiled.incomplete.length} onProblems={(fields) => setPreview({ key: rulesKey, fields })} />
            </div>
          </Col>
        </Row>
      </Form>
    </>
  );
}

export function ProductEditorPage() {
  const { productId } = useParams();
  const facts = useMatchFacts();
  const loaded = useAsync((signal) => (productId ? getProduct(productId, signal) : Promise.resolve(undefined)), [productId]);
  const [edited, setEdited] = useState<Product>();
  const product = edited?.id === productId ? edited : loaded.data;
  if (facts.error || loaded.error) return <ErrorAlert error={facts.error ?? loaded.error} onRetry={facts.error ? facts.reload : loaded.reload} />;
  if (facts.loading || loaded.loading) return <Skeleton active />;
  // A new key after each save, so the form starts again from what the server kept.
  return <Editor key={`${product?.id ?? 'new'}:${product?.updatedAt ?? ''}`} product={product} facts={facts.facts} onChanged={setEdited} />;
}
