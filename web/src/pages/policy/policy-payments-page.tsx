// Institution officer (lender, guarantor or insurer): the guarantee-fee and premium payments it
// submitted (免申即享), which programme each loan is in and how far its claim went, one payment
// recorded by hand or a CSV upload (each checked and previewed before it is written), and a
// policy's surrender with its clawback.
import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listPolicyPayments, POLICY_PAYMENT_KINDS, type PolicyPayment, type PolicyPaymentKind } from '../../api/policy-payments';
import { EnumSelect } from '../../components/enum-select';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { SearchInput } from '../../components/search-input';
import { formatYuan } from '../../lib/money';
import { formatPercent } from '../../lib/policy-format';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { PaymentRecordModal } from './payment-record-modal';
import { PaymentUploadModal } from './payment-upload-modal';
import { SurrenderModal } from './surrender-modal';
import { loanText, programmeName, useProgrammes } from './use-policy-names';

interface PaymentFilters {
  q?: string;
  kind?: PolicyPaymentKind;
  programme?: string;
  surrendered?: 'true' | 'false';
}

function ProgrammeCell({ payment }: { payment: PolicyPayment }) {
  const { t, i18n } = useTranslation();
  if (!payment.programmes.length) return <Typography.Text type="secondary">{t('payments.notInProgramme')}</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      {payment.programmes.map((p) => (
        <span key={p.code}>
          {programmeName(p, i18n.language)}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.claimState === 'clawed_back' && p.clawbackFen !== null ? t('payments.clawedBack', { amount: formatYuan(p.clawbackFen) }) : t('payments.claimState', { amount: formatYuan(p.subsidyFen), state: t(`policy.states.${p.claimState}`) })}
          </Typography.Text>
        </span>
      ))}
    </Space>
  );
}

export function PolicyPaymentsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const programmes = useProgrammes(language);
  const list = usePagedList<PolicyPayment, PaymentFilters>(
    (q, signal) =>
      listPolicyPayments({ page: q.page, pageSize: q.pageSize, q: q.q || undefined, kind: oneOf(q.kind, POLICY_PAYMENT_KINDS), programme: q.programme || undefined, surrendered: oneOf(q.surrendered, ['true', 'false'] as const) }, signal),
    {},
    20,
    [],
    { inUrl: { q: 'string', kind: 'string', programme: 'string', surrendered: 'string' } },
  );
  const [uploading, setUploading] = useState(false);
  const [recording, setRecording] = useState(false);
  const [surrendering, setSurrendering] = useState<PolicyPayment>();
  const feeProgrammes = programmes.items.filter((p) => p.kind !== 'interest_subsidy');

  const columns: TableColumnsType<PolicyPayment> = [
    {
      title: t('payments.columns.enterprise'),
      key: 'enterprise',
      width: 250,
      render: (_, p) => (
        <>
          {p.enterprise.name}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {loanText(t, language, p.loan)}
          </Typography.Text>
        </>
      ),
    },
    { title: t('payments.columns.kind'), dataIndex: 'kind', width: 110, render: (k: PolicyPaymentKind) => t(`payments.kinds.${k}`) },
    { title: t('payments.columns.amount'), key: 'amount', width: 150, align: 'right', render: (_, p) => (<>{formatYuan(p.amountFen)}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatPercent(p.feeRate)}</Typography.Text></>) },
    { title: t('payments.columns.paidOn'), dataIndex: 'paidOn', width: 110 },
    { title: t('payments.columns.contractNo'), key: 'contract', width: 200, render: (_, p) => (<>{p.contractNo}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${p.coverageFrom} ~ ${p.coverageTo}`}</Typography.Text></>) },
    { title: t('payments.columns.programmes'), key: 'programmes', width: 260, render: (_, p) => <ProgrammeCell payment={p} /> },
    { title: t('payments.columns.status'), key: 'status', width: 120, render: (_, p) => (p.surrenderedOn ? <Tag color="orange">{t(p.kind === 'premium' ? 'payments.surrenderedOn' : 'payments.releasedOn', { date: p.surrenderedOn })}</Tag> : <Tag color="green">{t('payments.inForce')}</Tag>) },
    {
      title: t('payments.columns.actions'),
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, p) =>
        !p.surrenderedOn ? (
          <Button size="small" danger onClick={() => setSurrendering(p)} data-testid={`surrender-${p.contractNo}`}>
            {t(p.kind === 'premium' ? 'payments.surrender.action' : 'payments.release.action')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('payments.title')}
        description={t('payments.description')}
        testId="policy-payments-title"
        extra={
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="payment-record">
              {t('payments.record.action')}
            </Button>
            <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setUploading(true)} data-testid="payment-upload">
              {t('payments.upload')}
            </Button>
          </Space>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchInput placeholder={t('payments.filters.q')} defaultValue={list.query.q} onSearch={(q) => list.setFilters({ q: q || undefined })} testId="payments-search" />
          <EnumSelect values={POLICY_PAYMENT_KINDS} label={(k) => t(`payments.kinds.${k}`)} placeholder={t('payments.filters.kind')} width={140} value={list.query.kind} onChange={(kind) => list.setFilters({ kind })} />
          <Select
            allowClear
            style={{ width: 260 }}
            placeholder={t('payments.filters.programme')}
            aria-label={t('payments.filters.programme')}
            value={list.query.programme}
            options={feeProgrammes.map((p) => ({ value: p.id, label: programmeName(p, language) }))}
            onChange={(programme?: string) => list.setFilters({ programme: programme ?? undefined })}
          />
          <EnumSelect values={['false', 'true'] as const} label={(v) => t(v === 'true' ? 'payments.filters.yes' : 'payments.filters.no')} placeholder={t('payments.filters.surrendered')} width={140} value={list.query.surrendered} onChange={(surrendered) => list.setFilters({ surrendered })} />
        </Flex>
        <PagedTable<PolicyPayment> list={list} rowKey="id" columns={columns} empty={t('payments.empty')} scrollX={1300} testId="policy-payments-table" />
      </Card>
      {uploading ? <PaymentUploadModal onClose={() => setUploading(false)} onSubmitted={list.reload} /> : null}
      {recording ? <PaymentRecordModal onClose={() => setRecording(false)} onSubmitted={list.reload} /> : null}
      {surrendering ? <SurrenderModal payment={surrendering} onClose={() => setSurrendering(undefined)} onDone={list.reload} /> : null}
    </>
  );
}
