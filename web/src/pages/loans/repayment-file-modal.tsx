// Record many repayments at once: a CSV (loan_id,paid_on,amount_fen,reference) pasted or read from a
// file. The server records every line or none; when it refuses, each bad line is listed.
import { FileTextOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldProblem } from '../../api/client';
import { uploadRepaymentFile } from '../../api/loans';
import { errorMessage, problemMessage } from '../../lib/api-errors';
import { formatMoney } from '../../lib/market-format';

export const REPAYMENT_FILE_HEADER = 'loan_id,paid_on,amount_fen,reference';

export function RepaymentFileModal({ onClose, onRecorded }: { onClose: () => void; onRecorded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; lines: FieldProblem[] }>();

  const submit = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const recorded = await uploadRepaymentFile(csv);
      message.success(t('loans.file.recorded', { count: recorded.recorded, amount: formatMoney(t, recorded.totalFen) }));
      onRecorded();
      onClose();
    } catch (error) {
      setFailure({ message: errorMessage(t, error), lines: error instanceof ApiError ? error.fields : [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('loans.file.title')}
      width={720}
      okText={t('loans.file.submit')}
      okButtonProps={{ disabled: !csv.trim() }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <div data-testid="repayment-file-form">
        <Typography.Paragraph type="secondary">
          {t('loans.file.hint')} <Typography.Text code>{REPAYMENT_FILE_HEADER}</Typography.Text>
        </Typography.Paragraph>
        {failure ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            message={failure.message}
            description={
              failure.lines.length ? (
                <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 200, overflow: 'auto' }} data-testid="repayment-file-errors">
                  {failure.lines.map((p) => (
                    <li key={`${p.field}:${p.message}`}>
                      <Typography.Text strong>{p.field}</Typography.Text>: {problemMessage(p)}
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        ) : null}
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <Upload
            accept=".csv,text/csv,text/plain"
            showUploadList={false}
            beforeUpload={(file) => {
              void file.text().then(setCsv);
              return false;
            }}
          >
            <Button icon={<FileTextOutlined />}>{t('loans.file.choose')}</Button>
          </Upload>
        </Flex>
        <Input.TextArea
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          autoSize={{ minRows: 6, maxRows: 14 }}
          placeholder={`${REPAYMENT_FILE_HEADER}\n0192…,2026-12-21,8483042,BANK-REF-001`}
          style={{ fontFamily: 'monospace' }}
          aria-label={t('loans.file.title')}
          data-testid="repayment-file-csv"
        />
      </div>
    </Modal>
  );
}
