// One figure from the API, with its loading and error states.
import type { ReactNode } from 'react';
import { Card, Statistic, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../lib/api-errors';

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
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const body = error ? (
    <Tooltip title={errorMessage(t, error)}>
      <Typography.Text type="danger">{t('common.loadFailed')}</Typography.Text>
    </Tooltip>
  ) : (
    // While loading, a dash in the value's place (antd's loading skeleton is shorter than the value,
    // so the cards below would move when it arrives).
    <Statistic title={title} value={loading ? '—' : (value ?? 0)} prefix={icon ? <span style={{ color: token.colorPrimary, marginInlineEnd: 4 }}>{icon}</span> : undefined} />
  );
  const card = (
    <Card hoverable={Boolean(to)} data-testid={testId} aria-busy={loading || undefined}>
      {error ? <Typography.Text type="secondary">{title}</Typography.Text> : null}
      {error ? <div style={{ marginTop: 8 }}>{body}</div> : body}
    </Card>
  );
  return to ? <Link to={to}>{card}</Link> : card;
}
