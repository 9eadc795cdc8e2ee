// Upload a CSV of fee or premium payments: the server checks it first (dryRun) and either lists
// each problem against its line, or shows the rows as they would be written (named by borrower and
// loan, duplicates marked); then one click submits them. All lines or none.
import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Table, Tag, Typography, Upload, type ButtonProps, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldProblem } from '../../api/client';
import { PAYMENT_COLUMNS, submitPolicyPayments, type PaymentPreviewRow } from '../../api/policy-payments';
import { errorMessage, problemMessage } from '../../lib/api-errors';
import { formatYuan } from '../../lib/money';
import { formatPercent } from '../../lib/policy-format';
import { previewTotals, problemsByLine, templateCsv } from './payment-submission';
import { loanText } from './use-policy-names';

function downloadTemplate() {
  const url = URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'kejin-policy-payments-template.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ColumnNotes() {
  const { t } = useTranslation();
  return (
    <details style={{ marginBottom: 12 }} data-testid="payment-file-notes">
      <summary style={{ cursor: 'pointer' }}>{t('payments.file.notes')}</summary>
      <ul style={{ margin: '8px 0 0', paddingInlineStart: 18 }}>
        {PAYMENT_COLUMNS.map((c) => (
          <li key={c}>
            <Typography.Text code>{c}</Typography.Text> {t(`payments.notes.${c}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Problems({ failure }: { failure: { message: string; fields: FieldProblem[] } }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const grouped = problemsByLine(failure.fields);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      message={failure.fields.length ? t('payments.file.problemsTitle') : failure.message}
      description={
        failure.fields.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 220, overflow: 'auto' }} data-testid="payment-file-errors">
            {grouped.general.map((p) => (
              <li key={`g:${p.field}:${p.code}`}>{problemMessage(p)}</li>
            ))}
            {grouped.lines.map((l) => (
              <li key={l.line}>
                <Typography.Text strong>{t('payments.file.line', { line: l.line })}</Typography.Text>
                {language === 'en' ? ': ' : '：'}
                {l.problems.map((p) => (
                  <span key={`${p.column}:${p.code}`} style={{ marginInlineEnd: 12 }}>
                    <Typography.Text code>{p.column}</Typography.Text> {problemMessage(p)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

export function PaymentUploadModal({ onClose, onSubmitted }: { onClose: () => void; onSubmitted: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { message } = App.useApp();
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; fields: FieldProblem[] }>();
  const [preview, setPreview] = useState<PaymentPreviewRow[]>();

  const send = async (dryRun: boolean) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const done = await submitPolicyPayments({ format: 'csv', content: csv, dryRun });
      if (dryRun) return setPreview(done.preview ?? []);
      message.success(t('payments.file.done', { written: done.written, duplicates: done.duplicates }));
      onSubmitted();
      onClose();
    } catch (error) {
      setPreview(undefined);
      setFailure({ message: errorMessage(t, error), fields: error instanceof ApiError ? error.fields : [] });
    } finally {
      setBusy(false);
    }
  };

  const columns: TableColumnsType<PaymentPreviewRow> = [
    { title: '#', dataIndex: 'line', width: 56 },
    { title: t('payments.columns.enterprise'), key: 'enterprise', render: (_, r) => r.enterprise.name, ellipsis: true },
    { title: t('payments.columns.loan'), key: 'loan', render: (_, r) => loanText(t, language, r.loan), width: 180 },
    { title: t('payments.columns.kind'), dataIndex: 'kind', width: 90, render: (k: PaymentPreviewRow['kind']) => t(`payments.kinds.${k}`) },
    { title: t('payments.columns.contractNo'), dataIndex: 'contractNo', width: 150 },
    { title: t('payments.columns.paidOn'), dataIndex: 'paidOn', width: 110 },
    { title: t('payments.columns.amount'), dataIndex: 'amountFen', width: 120, align: 'right', render: (f: number) => formatYuan(f) },
    { title: t('payments.columns.rate'), dataIndex: 'feeRate', width: 90, align: 'right', render: (r: string) => formatPercent(r) },
    { title: t('payments.columns.status'), dataIndex: 'duplicate', width: 100, render: (d: boolean) => (d ? <Tag>{t('payments.file.duplicate')}</Tag> : <Tag color="blue">{t('payments.file.fresh')}</Tag>) },
  ];
  const totals = preview ? previewTotals(preview) : undefined;

  return (
    <Modal
      open
      title={t('payments.file.title')}
      width={preview ? 1100 : 760}
      okText={preview ? t('payments.file.submit', { count: totals!.rows }) : t('payments.file.check')}
      okButtonProps={{ disabled: !csv.trim() || (preview !== undefined && totals!.rows === 0), 'data-testid': preview ? 'payment-file-submit' : 'payment-file-check' } as ButtonProps}
      cancelText={preview ? t('payments.file.back') : t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void send(!preview)}
      onCancel={() => (preview ? setPreview(undefined) : onClose())}
      maskClosable={false}
      destroyOnHidden
    >
      <div data-testid="payment-file-form">
        {failure ? <Problems failure={failure} /> : null}
        {preview && totals ? (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('payments.file.previewTitle', { rows: totals.rows, amount: formatYuan(totals.fen) })} description={totals.duplicates ? t('payments.file.duplicatesNote', { count: totals.duplicates }) : undefined} />
            <Table<PaymentPreviewRow> size="small" rowKey="line" columns={columns} dataSource={preview} pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: 1000 }} data-testid="payment-file-preview" />
          </>
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('payments.file.hint')}</Typography.Paragraph>
            <Typography.Paragraph>
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {PAYMENT_COLUMNS.join(',')}
              </Typography.Text>
            </Typography.Paragraph>
            <ColumnNotes />
            <Flex justify="space-between" style={{ marginBottom: 8 }}>
              <Button icon={<DownloadOutlined />} onClick={downloadTemplate} data-testid="payment-file-template">
                {t('payments.file.template')}
              </Button>
              <Upload
                accept=".csv,text/csv,text/plain"
                showUploadList={false}
                beforeUpload={(file) => {
                  void file.text().then((text) => {
                    setCsv(text);
                    setFailure(undefined);
                  });
                  return false;
                }}
              >
                <Button icon={<FileTextOutlined />} data-testid="payment-file-choose">
                  {t('payments.file.choose')}
                </Button>
              </Upload>
            </Flex>
            <Input.TextArea
              value={csv}
              onChange={(e) => setCsv(e.target.value)}
              autoSize={{ minRows: 6, maxRows: 14 }}
              placeholder={t('payments.file.placeholder')}
              style={{ fontFamily: 'monospace' }}
              aria-label={t('payments.file.title')}
              data-testid="payment-file-csv"
            />
          </>
        )}
      </div>
    </Modal>
  );
}
