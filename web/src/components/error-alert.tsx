// A failed load, in words, with a way to try again.
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api-errors';
import { Alert, Button } from './plain';

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      message={t('common.loadFailed')}
      description={errorMessage(t, error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
