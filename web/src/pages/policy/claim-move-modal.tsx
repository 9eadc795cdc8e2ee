// One move of a subsidy claim, with what it needs: a comment (an objection, the park's answer to
// one), a reason (rejecting, clawing back), the receiving account (the enterprise confirming), the
// payment reference. It sends the version read; a 409 (moved meanwhile) is shown and the claim reloads.
import { Alert, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CLAIM_DECISION_REASONS, moveClaim, type Claim, type ClaimTransition } from '../../api/policy';
import { businessToday } from '../../business-time';
import { labelOr } from '../../lib/labels';
import { useFormSubmit } from '../../lib/use-form-submit';
import { parseYuanToFen } from '../../lib/money';
import { isDangerMove, moveKey } from '../../lib/policy-format';
import { ACCOUNT_NUMBER, accountDigits, CLAIM_MOVE_FIELDS, claimMoveInput, type ClaimMoveValues } from './claim-move';

type Values = Omit<ClaimMoveValues, 'paidOn'> & { paidOn?: Dayjs };

interface ClaimMoveModalProps {
  claim: Claim;
  move: ClaimTransition;
  programme: string;
  onClose: () => void;
  /** After the move, or after a conflict: the caller reads the claim again. */
  onMoved: () => void;
}

export function ClaimMoveModal({ claim, move, programme, onClose, onMoved }: ClaimMoveModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const reason = Form.useWatch('reason', form);
  const needs = new Set(move.needs);
  const key = moveKey(move);
  const label = labelOr(t, `policy.moves.${key}`, '');
  const hint = labelOr(t, `policy.moveHints.${key}`, '');
  const commentRequired = needs.has('comment') || (needs.has('reason') && reason === 'other');
  const must = (field: string) => ({ required: true, whitespace: true, message: t('validation.required', { field }) });

  const { busy, failure, submit } = useFormSubmit<Values>({
    form,
    send: (values) => moveClaim(claim.id, claimMoveInput(claim, move, { ...values, paidOn: values.paidOn?.format('YYYY-MM-DD') })),
    successText: t('policy.moved', { state: t(`policy.states.${move.to}`) }),
    fieldMap: CLAIM_MOVE_FIELDS,
    conflictReloads: true,
    onDone: onMoved,
    onClose,
  });

  return (
    <Modal
      open
      title={t('policy.moveTitle', { action: label, programme })}
      okText={label}
      okButtonProps={{ danger: isDangerMove(move) }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <div data-testid="claim-move-form" data-to={move.to}>
        {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" /> : null}
        {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
        <Form<Values> form={form} layout="vertical" disabled={busy} initialValues={needs.has('payment') ? { paidOn: businessToday() } : undefined} onFinish={() => void submit()}>
          {needs.has('account') ? (
            <>
              <Form.Item name="accountName" label={t('policy.form.accountName')} rules={[must(t('policy.form.accountName'))]}>
                <Input maxLength={100} data-testid="claim-account-name" />
              </Form.Item>
              <Form.Item name="bank" label={t('policy.form.bank')} rules={[must(t('policy.form.bank'))]}>
                <Input maxLength={100} data-testid="claim-account-bank" />
              </Form.Item>
              <Form.Item
                name="accountNumber"
                label={t('policy.form.accountNumber')}
                rules={[
                  must(t('policy.form.accountNumber')),
                  { validator: async (_r: unknown, value: unknown) => { if (typeof value === 'string' && value.trim() && !ACCOUNT_NUMBER.test(accountDigits(value))) throw new Error(t('policy.form.accountNumberRule')); } },
                ]}
              >
                <Input inputMode="numeric" maxLength={40} data-testid="claim-account-number" />
              </Form.Item>
            </>
          ) : null}
          {needs.has('reason') ? (
            <Form.Item name="reason" label={t('policy.form.reason')} rules={[{ required: true, message: t('validation.required', { field: t('policy.form.reason') }) }]}>
              <Select options={CLAIM_DECISION_REASONS.map((r) => ({ value: r, label: t(`policy.reasons.${r}`) }))} placeholder={t('policy.form.reasonPlaceholder')} data-testid="claim-reason" />
            </Form.Item>
          ) : null}
          {needs.has('payment') ? (
            <>
              <Form.Item name="reference" label={t('policy.form.reference')} rules={[must(t('policy.form.reference'))]}>
                <Input maxLength={100} data-testid="claim-payment-reference" />
              </Form.Item>
              <Form.Item name="paidOn" label={t('policy.form.paidOn')} rules={[{ required: true, message: t('validation.required', { field: t('policy.form.paidOn') }) }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(businessToday(), 'day')} />
              </Form.Item>
            </>
          ) : null}
          {move.to === 'clawed_back' ? (
            <Form.Item
              name="clawbackYuan"
              label={t('policy.form.clawbackYuan')}
              extra={t('policy.form.clawbackHint')}
              rules={[{ validator: async (_r: unknown, value: unknown) => { if (typeof value === 'string' && value.trim() && !parseYuanToFen(value)) throw new Error(t('policy.form.amountInvalid')); } }]}
            >
              <Input inputMode="decimal" data-testid="claim-clawback" />
            </Form.Item>
          ) : null}
          {needs.has('comment') || needs.has('reason') || move.to === 'objected' ? (
            <Form.Item name="comment" label={t('policy.form.comment')} rules={commentRequired ? [must(t('policy.form.comment'))] : []}>
              <Input.TextArea rows={3} maxLength={1000} data-testid="claim-comment" />
            </Form.Item>
          ) : null}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </div>
    </Modal>
  );
}
