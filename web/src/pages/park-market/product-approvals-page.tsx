// Park administrator: products institutions ask to offer in the administrator's parks. Each pending
// park can be approved (通过) with an optional note or rejected (驳回) with a reason; the rules are
// shown in words before deciding.
import { Button, Card, Descriptions, Flex, Form, Input, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideProduct, listProductApprovals, type PendingProduct, type Product } from '../../api/marketplace';
import type { ListQuery } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { formatDate, localName } from '../../lib/format';
import { industryLabel, useParkLabel } from '../../lib/code-names';
import { describeRule, formatTermRange } from '../../lib/market-format';
import { usePagedList } from '../../lib/use-paged-list';
import { productColumns } from '../market/product-columns';
import { useMatchFacts } from '../market/use-match-facts';

interface Decision {
  product: PendingProduct;
  approve: boolean;
}

function DecisionModal({ decision, onClose, onSaved }: { decision: Decision; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { product, approve } = decision;
  const park = product.pendingPark;
  const names = { product: localName(product, i18n.language), park: park.parkName };
  const note = approve ? t('parkMarket.approvals.note') : t('edges.parkApproval.reason');
  return (
    <FormModal<{ note?: string }>
      title={approve ? t('parkMarket.approvals.approveTitle', names) : t('parkMarket.approvals.rejectTitle', names)}
      onSubmit={(v) => decideProduct(product.id, park.parkCode, { approve, note: v.note?.trim() || undefined })}
      onClose={onClose}
      onSaved={onSaved}
      successText={approve ? t('parkMarket.approvals.approved') : t('parkMarket.approvals.rejected')}
      okText={approve ? t('parkMarket.approvals.approve') : t('parkMarket.approvals.reject')}
      testId="decision-form"
    >
      <Form.Item name="note" label={note} rules={approve ? [] : [{ required: true, whitespace: true, message: t('parkMarket.approvals.reasonRequired') }]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={approve ? t('parkMarket.approvals.notePlaceholder') : t('edges.parkApproval.reasonPlaceholder')} data-testid="decision-note" />
      </Form.Item>
    </FormModal>
  );
}

function ProductDetail({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  const { byKey } = useMatchFacts();
  const park = useParkLabel(i18n.language);
  const none = t('common.none');
  const p = product.preferences;
  return (
    <Descriptions size="small" column={1} bordered data-testid="approval-detail">
      <Descriptions.Item label={t('market.fields.description')}>{product.description || none}</Descriptions.Item>
      <Descriptions.Item label={t('market.fields.term')}>{formatTermRange(t, product.terms.termMinMonths, product.terms.termMaxMonths)}</Descriptions.Item>
      <Descriptions.Item label={t('market.fields.turnaround')}>{t('market.turnaroundValue', { count: product.terms.turnaroundDays })}</Descriptions.Item>
      <Descriptions.Item label={t('market.fields.security')}>{product.terms.security.map((v) => t(`market.security.${v}`)).join('、') || none}</Descriptions.Item>
      <Descriptions.Item label={t('market.fields.rules')}>
        {product.rules.length ? (
          <Flex vertical gap={2}>
            {product.rules.map((rule, i) => (
              <Typography.Text key={i} data-testid="approval-rule">
                {describeRule(t, i18n.language, rule, byKey.get(rule.fact), park)}
              </Typography.Text>
            ))}
          </Flex>
        ) : (
          t('parkMarket.approvals.noRules')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('market.fields.stages')}>{p.stages.map((s) => t(`rating.stages.${s}`)).join('、') || none}</Descriptions.Item>
      <Descriptions.Item label={t('market.fields.industries')}>{p.industries.map((c) => industryLabel(c, i18n.language)).join(i18n.language === 'en' ? ', ' : '、') || none}</Descriptions.Item>
      <Descriptions.Item label={t('market.fields.thesis')}>{p.thesis || none}</Descriptions.Item>
    </Descriptions>
  );
}

export function ProductApprovalsPage() {
  const { t, i18n } = useTranslation();
  const list = usePagedList<PendingProduct, ListQuery>((q, signal) => listProductApprovals(q, signal), {}, undefined, [], { inUrl: {} });
  const [deciding, setDeciding] = useState<Decision>();

  const columns: TableColumnsType<PendingProduct> = [
    // Term and turnaround are in the expanded row, so the decision buttons stay in view.
    ...productColumns<PendingProduct>(t, i18n.language).filter((c) => c.key !== 'term' && c.key !== 'turnaround'),
    {
      title: t('parkMarket.approvals.pendingIn'),
      key: 'park',
      width: 130,
      render: (_, p) => (
        <Flex vertical>
          <Tag color="gold" style={{ marginInlineEnd: 0, width: 'fit-content' }} data-testid="pending-park">
            {p.pendingPark.parkName}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDate(p.pendingPark.requestedAt, i18n.language)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      key: 'decide',
      width: 140,
      fixed: 'right',
      render: (_, product) => (
        <Flex gap={4}>
          <Button size="small" type="primary" onClick={() => setDeciding({ product, approve: true })} data-testid="approve-product">
            {t('parkMarket.approvals.approve')}
          </Button>
          <Button size="small" danger onClick={() => setDeciding({ product, approve: false })} data-testid="reject-product">
            {t('parkMarket.approvals.reject')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('parkMarket.approvals.title')} description={t('parkMarket.approvals.description')} testId="approvals-title" />
      <Card>
        <PagedTable<PendingProduct>
          list={list}
          rowKey={(p) => `${p.id}:${p.pendingPark.parkCode}`}
          columns={columns}
          empty={t('parkMarket.approvals.empty')}
          scrollX={1040}
          expandedRowRender={(p) => <ProductDetail product={p} />}
          testId="approvals-table"
        />
      </Card>
      {deciding ? <DecisionModal decision={deciding} onClose={() => setDeciding(undefined)} onSaved={list.reload} /> : null}
    </>
  );
}
