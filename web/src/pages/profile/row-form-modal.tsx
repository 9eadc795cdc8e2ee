// Add or edit one row of a profile section; saving sends the whole section with this row in it.
import { useState } from 'react';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProfileRow } from '../../api/profile';
import { labelOr } from '../../lib/labels';
import { FieldInput } from './field-input';
import { fromFormValues, toFormValues, type FormValues } from './field-values';
import { sameKey, type SectionSpec } from './section-specs';
import type { SaveOutcome } from './use-section-save';

interface Props {
  spec: SectionSpec;
  /** The row being edited; none when adding. */
  row?: ProfileRow;
  rows: ProfileRow[];
  save: (next: ProfileRow[], edited: ProfileRow) => Promise<SaveOutcome>;
  onClose: () => void;
}

export function RowFormModal({ spec, row, rows, save, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const section = labelOr(t, `profile.sections.${spec.section}`, spec.section);
  const hasMoney = spec.fields.some((f) => f.kind === 'money' || f.kind === 'signedMoney');

  const submit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is wrong
    }
    const edited = fromFormValues(spec, values);
    if (rows.some((other) => other !== row && sameKey(spec, other, edited))) {
      const fields = spec.key.map((k) => t(`profile.fields.${k}`)).join(' + ');
      form.setFields(spec.key.map((name) => ({ name, errors: [t('profile.duplicate', { fields })] })));
      return;
    }
    setBusy(true);
    setFailure(undefined);
    const next = row ? rows.map((r) => (r === row ? edited : r)) : [...rows, edited];
    const outcome = await save(next, edited);
    setBusy(false);
    if (outcome.ok) {
      message.success(t('common.saved'));
      onClose();
      return;
    }
    const own = Object.entries(outcome.own ?? {});
    const onFields = own.filter(([field]) => spec.fields.some((f) => f.name === field));
    form.setFields(onFields.map(([name, error]) => ({ name, errors: [error] })));
    const rest = own.filter(([field]) => !spec.fields.some((f) => f.name === field)).map(([, error]) => error);
    if (outcome.others > 0 || rest.length > 0 || own.length === 0) setFailure([outcome.message, ...rest].join(' '));
  };

  return (
    <Modal
      open
      title={row ? t('profile.editItem', { section }) : t('profile.addItem', { section })}
      width={spec.fields.length > 8 ? 760 : 600}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <div data-testid={`row-form-${spec.section}`}>
        {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" /> : null}
        {hasMoney ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('profile.money')}
          </Typography.Paragraph>
        ) : null}
        <Form<FormValues> form={form} layout="vertical" initialValues={toFormValues(spec, row)} disabled={busy} onFinish={() => void submit()}>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', columnGap: 16 }}>
            {spec.fields.map((field) => (
              <FieldInput key={field.name} field={field} />
            ))}
          </div>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </div>
    </Modal>
  );
}
