// A modal holding a form: validates, submits, puts server field errors on their fields, shows the rest.
import type { ReactNode } from 'react';
import { Alert, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../lib/use-form-submit';

interface FormModalProps<V> {
  title: string;
  initialValues?: Partial<V>;
  /** Server field name → form field name, e.g. registeredCapitalFen → registeredCapitalWan. */
  fieldMap?: Record<string, string>;
  /** Turns an error the server gave into a message on a field (e.g. 409 → creditCode), or undefined. */
  mapError?: (error: unknown) => { field: string; message: string } | undefined;
  onSubmit: (values: V) => Promise<unknown>;
  /** A check before onSubmit (see useFormSubmit's `before`): false keeps the modal open and sends nothing. */
  before?: (values: V) => Promise<boolean>;
  /** Told of every change the user makes (e.g. to drop a preview of the values before). */
  onValuesChange?: () => void;
  onClose: () => void;
  onSaved: () => void;
  successText: string;
  width?: number;
  testId?: string;
  /** The submit button's words; "Save" unless given. */
  okText?: string;
  /** Keeps the submit button off, e.g. while what the form needs is loading. */
  okDisabled?: boolean;
  children: ReactNode;
}

export function FormModal<V extends object>(props: FormModalProps<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const { busy, failure, submit } = useFormSubmit<V>({ form, send: props.onSubmit, before: props.before, successText: props.successText, fieldMap: props.fieldMap, mapError: props.mapError, onDone: props.onSaved, onClose: props.onClose });

  return (
    <Modal
      open
      title={props.title}
      width={props.width ?? 560}
      okText={props.okText ?? t('common.save')}
      okButtonProps={{ disabled: props.okDisabled }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={props.onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <div data-testid={props.testId}>
        {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={props.initialValues}
          disabled={busy}
          onFinish={() => void submit()}
          onValuesChange={props.onValuesChange}
        >
          {props.children}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </div>
    </Modal>
  );
}
