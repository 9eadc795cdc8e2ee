// One figure from the API, with its loading and error states.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api-errors';
import { formatCount } from '../lib/format';
import { Card, Statistic } from './plain';

interface StatCardProps {
  title: string;
  value: number | undefined;
  loading: boolean;
  error?: unknown;
  icon?: ReactNode;
  to?: string;
  testId?: string;
}

export function StatCard({ title, value, loading, error, icon, to, testId }: StatCardProps) {
  const { t, i18n } = useTranslation();
  return (
    <Card to={to} testId={testId} busy={loading}>
      {error ? (
        <>
          <div className="kj-stat-title">{title}</div>
          <div className="kj-danger" title={errorMessage(t, error)} style={{ marginTop: 8 }}>
            {t('common.loadFailed')}
          </div>
        </>
      ) : (
        // While loading, a dash in the value's place, so the cards below do not move when it arrives.
        <Statistic title={title} value={loading ? '—' : formatCount(value ?? 0, i18n.language)} prefix={icon} />
      )}
    </Card>
  );
}
