// Deactivate a record after a confirmation, then tell the list to reload.
import { useState } from 'react';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api-errors';

interface DeactivateButtonProps {
  name: string;
  disabled?: boolean;
  action: () => Promise<unknown>;
  onDone: () => void;
}

export function DeactivateButton({ name, disabled, action, onDone }: DeactivateButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await action();
      message.success(t('common.deactivated'));
      onDone();
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm
      title={t('common.deactivateConfirm', { name })}
      okText={t('common.deactivate')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      disabled={disabled}
      onConfirm={confirm}
    >
      <Button type="link" size="small" danger disabled={disabled}>
        {t('common.deactivate')}
      </Button>
    </Popconfirm>
  );
}
