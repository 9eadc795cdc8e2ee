// One move of an application, with what it needs: a reason (a code from the list when declining), a
// comment, or the loan's terms when disbursing. It sends the version the page was read at; a 409
// (someone moved it first, or the move is no longer allowed) is shown and the page reloads.
import { Alert, Form, Input, Modal, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { moveApplication, REJECTION_REASONS, type ApplicationDetail, type Move, type MoveInput } from '../../api/applications';
import { getProduct } from '../../api/marketplace';
import { labelOr } from '../../lib/labels';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useAsync } from '../../lib/use-async';
import { DISBURSEMENT_FIELD_MAP, DisbursementFields, disbursementDefaults, toApprovalTerms, toLoanTerms, type DisbursementValues } from './disbursement-fields';
import { moveLabel } from './move-label';

interface Values extends Partial<DisbursementValues> {
  reason?: string;
  comment?: string;
}

interface MoveModalProps {
  application: ApplicationDetail;
  move: Move;
  onClose: () => void;
  /** After the move, or after a conflict: the page reads the application again. */
  onMoved: () => void;
}

function toMoveInput(application: ApplicationDetail, move: Move, v: Values): MoveInput {
  const comment = v.comment?.trim();
  const reason = v.reason?.trim();
  return {
    to: move.to,
    version: application.version,
    ...(reason ? { reason } : {}),
    ...(comment ? { comment } : {}),
    ...(move.needs.includes('approval') ? { approval: toApprovalTerms(v as DisbursementValues) } : {}),
    ...(move.needs.includes('loan') ? { loan: toLoanTerms(v as DisbursementValues) } : {}),
  };
}

export function MoveModal({ application, move, onClose, onMoved }: MoveModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const needsApproval = move.needs.includes('approval');
  const needsLoan = move.needs.includes('loan') || needsApproval;
  const product = useAsync((signal) => (needsLoan ? getProduct(application.product.id, signal) : Promise.resolve(undefined)), [needsLoan, application.product.id]);
  const declining = move.to === 'rejected';
  const reason = Form.useWatch('reason', form);
  const commentRequired = move.needs.includes('comment') || (declining && reason === 'other');
  const label = moveLabel(t, application.state, move.to);
  const hint = labelOr(t, `workflow.moveHints.${move.to}`, '');
  const loadingTerms = needsLoan && product.loading;

  const { busy, failure, submit } = useFormSubmit<Values>({
    form,
    send: (values) => moveApplication(application.id, toMoveInput(application, move, values)),
    successText: t('workflow.moved', { state: t(`workflow.states.${move.to}`) }),
    fieldMap: DISBURSEMENT_FIELD_MAP,
    conflictReloads: true,
    onDone: onMoved,
    onClose,
  });

  const must = (field: string) => ({ required: true, whitespace: true, message: t('validation.required', { field }) });
  return (
    <Modal
      open
      title={t('workflow.moveTitle', { action: label, product: application.product.name })}
      width={needsLoan ? 720 : 560}
      okText={label}
      okButtonProps={{ danger: declining, disabled: loadingTerms }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <div data-testid="move-form" data-to={move.to}>
        {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" /> : null}
        {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
        {loadingTerms ? (
          <Spin style={{ display: 'block', margin: '24px auto' }} />
        ) : (
          <Form<Values>
            form={form}
            layout="vertical"
            disabled={busy}
            initialValues={needsLoan ? disbursementDefaults(application, product.data) : undefined}
            onFinish={() => void submit()}
          >
            {move.needs.includes('reason') ? (
              <Form.Item name="reason" label={t('workflow.moveForm.reason')} rules={[must(t('workflow.moveForm.reason'))]}>
                {declining ? (
                  <Select
                    options={REJECTION_REASONS.map((r) => ({ value: r, label: t(`workflow.reasons.${r}`) }))}
                    placeholder={t('workflow.moveForm.reasonPlaceholder')}
                    data-testid="move-reason"
                  />
                ) : (
                  <Input maxLength={200} data-testid="move-reason" />
                )}
              </Form.Item>
            ) : null}
            {needsLoan ? <DisbursementFields product={product.data} mode={needsApproval ? 'approval' : 'disbursement'} /> : null}
            <Form.Item
              name="comment"
              label={commentRequired ? labelOr(t, `workflow.moveForm.commentFor.${move.to}`, t('workflow.moveForm.comment')) : t('workflow.moveForm.comment')}
              rules={commentRequired ? [must(t('workflow.moveForm.comment'))] : []}
            >
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} data-testid="move-comment" />
            </Form.Item>
            <button type="submit" hidden aria-hidden tabIndex={-1} />
          </Form>
        )}
      </div>
    </Modal>
  );
}
