// A programme's payment batches for the finance office: gather the approved claims into one, export
// it as a workbook, mark it paid with the office's reference and date.
import { App, Button, Card, DatePicker, Form, Input, Table, Tag, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { batchExportPath, createBatch, listBatches, payBatch, type PaymentBatch } from '../../api/policy';
import { businessToday } from '../../business-time';
import { ErrorAlert } from '../../components/error-alert';
import { ExportButton } from '../../components/export-button';
import { FormModal } from '../../components/form-modal';
import { errorMessage } from '../../lib/api-errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { useAsync } from '../../lib/use-async';

interface PayValues {
  reference: string;
  paidOn: Dayjs;
}

export function PaymentBatches({ programmeId, onChanged }: { programmeId: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { message } = App.useApp();
  const batches = useAsync((signal) => listBatches(programmeId, signal), [programmeId]);
  const [creating, setCreating] = useState(false);
  const [paying, setPaying] = useState<PaymentBatch>();

  const create = async () => {
    setCreating(true);
    try {
      await createBatch(programmeId);
      message.success(t('policy.programmes.batchCreated'));
      batches.reload();
      onChanged();
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setCreating(false);
    }
  };

  const columns: TableColumnsType<PaymentBatch> = [
    { title: t('policy.programmes.batchCreatedAt'), key: 'createdAt', width: 150, render: (_, b) => formatDateTime(b.createdAt, language) },
    { title: t('policy.programmes.batchClaims'), dataIndex: 'claims', width: 80, align: 'right' },
    { title: t('policy.programmes.batchTotal'), key: 'total', width: 140, align: 'right', render: (_, b) => formatFen(b.totalFen) },
    { title: t('policy.fields.status'), key: 'status', width: 100, render: (_, b) => <Tag color={b.status === 'paid' ? 'green' : 'blue'}>{t(`policy.batchStatuses.${b.status}`)}</Tag> },
    { title: t('policy.programmes.reference'), key: 'reference', width: 150, render: (_, b) => b.paymentReference ?? t('common.none') },
    { title: t('policy.programmes.paidOn'), key: 'paidOn', width: 110, render: (_, b) => formatDate(b.paidOn, language) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 240,
      render: (_, b) => (
        <span style={{ display: 'inline-flex', gap: 8 }}>
          <ExportButton path={batchExportPath(b.id)} label={t('policy.programmes.exportBatch')} testId="batch-export" />
          {b.status === 'open' ? (
            <Button onClick={() => setPaying(b)} data-testid="batch-pay">
              {t('policy.programmes.markPaid')}
            </Button>
          ) : null}
        </span>
      ),
    },
  ];

  return (
    <Card
      title={t('policy.programmes.batches')}
      extra={
        <Button onClick={() => void create()} loading={creating} data-testid="batch-create">
          {t('policy.programmes.createBatch')}
        </Button>
      }
      data-testid="payment-batches"
    >
      {batches.error ? <ErrorAlert error={batches.error} onRetry={batches.reload} /> : null}
      <Table<PaymentBatch>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={batches.data?.items ?? []}
        loading={batches.loading}
        locale={{ emptyText: t('policy.programmes.noBatches') }}
        pagination={false}
        scroll={{ x: 970 }}
        tableLayout="fixed"
      />
      {paying ? (
        <FormModal<PayValues>
          title={t('policy.programmes.markPaidTitle')}
          initialValues={{ paidOn: businessToday() }}
          onSubmit={(v) => payBatch(paying.id, { reference: v.reference.trim(), paidOn: v.paidOn.format('YYYY-MM-DD') })}
          onClose={() => setPaying(undefined)}
          onSaved={() => {
            batches.reload();
            onChanged();
          }}
          successText={t('policy.programmes.batchPaid')}
          okText={t('policy.programmes.markPaid')}
          testId="batch-pay-form"
        >
          <Form.Item name="reference" label={t('policy.programmes.reference')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('policy.programmes.reference') }) }]}>
            <Input maxLength={100} data-testid="batch-reference" />
          </Form.Item>
          <Form.Item name="paidOn" label={t('policy.programmes.paidOn')} rules={[{ required: true, message: t('validation.required', { field: t('policy.programmes.paidOn') }) }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(businessToday(), 'day')} />
          </Form.Item>
        </FormModal>
      ) : null}
    </Card>
  );
}
