// Sending a modal's form: validate, send, say so, and close. Field problems go on their fields (or
// where `mapError` puts them); anything else is shown above the form. A move of a state machine
// (`conflictReloads`) treats a 409 — moved meanwhile, or the move no longer allowed — as news: it is
// shown and the caller reads the record again.
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { applyFieldErrors, errorMessage } from './api-errors';

interface FormSubmitOptions<V> {
  form: FormInstance<V>;
  /** Sends the form's values. */
  send: (values: V) => Promise<unknown>;
  /**
   * Runs first with the values; false stops there and the modal stays open — a check (a dry run)
   * whose answer the user reads before sending. Its errors are shown as send's are.
   */
  before?: (values: V) => Promise<boolean>;
  /** Said when it went through. */
  successText: string;
  /** Server fields renamed to form fields. */
  fieldMap?: Record<string, string>;
  /** Turns an error the server gave into a message on a field (e.g. 409 → creditCode), or undefined. */
  mapError?: (error: unknown) => { field: string; message: string } | undefined;
  /** A 409 closes the modal and has the caller read the record again. */
  conflictReloads?: boolean;
  /** After it went through (and after a conflict, with conflictReloads). */
  onDone: () => void;
  onClose: () => void;
}

export function useFormSubmit<V>({ form, send, before, successText, fieldMap, mapError, conflictReloads, onDone, onClose }: FormSubmitOptions<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    setFailure(undefined);
    try {
      if (before && !(await before(values))) return;
      await send(values);
      message.success(successText);
      onDone();
      onClose();
    } catch (error) {
      const mapped = mapError?.(error);
      if (conflictReloads && error instanceof ApiError && error.status === 409) {
        message.error(errorMessage(t, error));
        onDone();
        onClose();
      } else if (mapped) form.setFields([{ name: mapped.field as never, errors: [mapped.message] }]);
      else if (!applyFieldErrors(form, error, fieldMap)) setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return { busy, failure, submit };
}
