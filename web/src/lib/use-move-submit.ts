// Sending one move of a state machine from its modal: validate the form, send, say so, and close.
// A 409 (moved meanwhile, or the move no longer allowed) is shown and the caller reads the record
// again; field problems go on their fields; anything else is shown above the form.
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { applyFieldErrors, errorMessage } from './api-errors';

interface MoveSubmitOptions<V> {
  form: FormInstance<V>;
  /** Sends the move with the form's values. */
  send: (values: V) => Promise<unknown>;
  /** Said when it went through. */
  successText: string;
  /** Server fields renamed to form fields. */
  fieldMap?: Record<string, string>;
  onMoved: () => void;
  onClose: () => void;
}

export function useMoveSubmit<V>({ form, send, successText, fieldMap, onMoved, onClose }: MoveSubmitOptions<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await send(values);
      message.success(successText);
      onMoved();
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        message.error(errorMessage(t, error));
        onMoved();
        onClose();
      } else if (!applyFieldErrors(form, error, fieldMap)) {
        setFailure(errorMessage(t, error));
      }
    } finally {
      setBusy(false);
    }
  };

  return { busy, failure, submit };
}
