// Record a policy's (or guarantee's) surrender: a date within its coverage, confirmed; then the
// clawbacks it caused, by programme, in yuan.
import { Alert, DatePicker, Form, Modal, Typography, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { surrenderPolicy, type PolicyPayment, type SurrenderResult } from '../../api/policy-payments';
import { businessToday } from '../../business-time';
import { applyFieldErrors, errorMessage } from '../../lib/api-errors';
import { formatYuan } from '../../lib/money';
import { clawbackTotal } from './payment-submission';
import { programmeName } from './use-policy-names';

const DAY = 'YYYY-MM-DD';

export function SurrenderModal({ payment, onClose, onDone }: { payment: PolicyPayment; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // A policy is surrendered; a guarantee released early: the same move, in its own words.
  const words = payment.kind === 'premium' ? 'surrender' : 'release';
  const [form] = Form.useForm<{ surrenderedOn: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<SurrenderResult>();
  const today = businessToday();
  const initial = today.isAfter(payment.coverageTo) ? dayjs(payment.coverageTo) : today.isBefore(payment.coverageFrom) ? dayjs(payment.coverageFrom) : today;
  const nameOf = (code: string) => {
    const p = payment.programmes.find((x) => x.code === code);
    return p ? programmeName({ name: p.name, nameEn: p.nameEn }, language) : '…';
  };

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      setResult(await surrenderPolicy({ loanId: payment.loanId, contractNo: payment.contractNo, surrenderedOn: v.surrenderedOn.format(DAY) }));
      onDone();
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  if (result)
    return (
      <Modal open title={t(`payments.${words}.done`)} onOk={onClose} onCancel={onClose} okButtonProps={{ danger: false }} cancelButtonProps={{ style: { display: 'none' } }} okText={t('common.confirm')} destroyOnHidden>
        <div data-testid="surrender-result">
          {result.clawedBack.length ? (
            <>
              <ul style={{ paddingInlineStart: 18 }}>
                {result.clawedBack.map((c) => (
                  <li key={c.claimId}>{t('payments.surrender.clawedBack', { programme: nameOf(c.programmeCode), amount: formatYuan(c.clawbackFen) })}</li>
                ))}
              </ul>
              <Typography.Text strong>{t('payments.surrender.total', { amount: formatYuan(clawbackTotal(result.clawedBack)) })}</Typography.Text>
            </>
          ) : (
            <Typography.Text>{t('payments.surrender.nothing')}</Typography.Text>
          )}
        </div>
      </Modal>
    );

  return (
    <Modal
      open
      title={t(`payments.${words}.title`, { contractNo: payment.contractNo })}
      okText={t(`payments.${words}.ok`)}
      okButtonProps={{ danger: true, 'data-testid': 'surrender-ok' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <div data-testid="surrender-form">
        <Typography.Paragraph>{t(`payments.${words}.explain`, { contractNo: payment.contractNo, enterprise: payment.enterprise.name })}</Typography.Paragraph>
        {error ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={error} /> : null}
        <Form form={form} layout="vertical" initialValues={{ surrenderedOn: initial }}>
          <Form.Item name="surrenderedOn" label={t(`payments.${words}.date`)} extra={t('payments.surrender.dateHint', { from: payment.coverageFrom, to: payment.coverageTo })} rules={[{ required: true, message: t('validation.required', { field: t(`payments.${words}.date`) }) }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(payment.coverageFrom, 'day') || d.isAfter(payment.coverageTo, 'day')} data-testid="surrender-date" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
