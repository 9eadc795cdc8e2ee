// An enterprise's rating, explained: the headline, the factors, how to improve, and its reports.
// Shared by the enterprise's own page and the enterprise detail page of the other roles.
import { LockOutlined } from '@ant-design/icons';
import { Card, Empty, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { getRating } from '../../api/rating';
import { ErrorAlert } from '../../components/error-alert';
import { errorMessage } from '../../lib/api-errors';
import { useAsync } from '../../lib/use-async';
import { FactorsCard } from './factors-card';
import { ImprovementsCard } from './improvements-card';
import { RatingSummary } from './rating-summary';
import { ReportsCard } from './reports-card';

/** Shown instead of the rating when the viewer has no grant from the enterprise. */
export function NeedsGrant() {
  const { t } = useTranslation();
  return (
    <Card style={{ marginBottom: 16 }} data-testid="rating-needs-grant">
      <Result icon={<LockOutlined style={{ color: 'rgba(0, 0, 0, 0.62)' }} />} title={t('rating.needsGrant')} subTitle={t('rating.needsGrantDetail')} />
    </Card>
  );
}

export function RatingPanel({ creditCode }: { creditCode: string }) {
  const { t } = useTranslation();
  const rating = useAsync((signal) => getRating(creditCode, signal), [creditCode]);
  const error = rating.error;

  if (error instanceof ApiError && error.status === 403) return <NeedsGrant />;
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Card style={{ marginBottom: 16 }} data-testid="rating-empty">
        <Empty description={t('rating.notRated')}>
          <span style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{errorMessage(t, error)}</span>
        </Empty>
      </Card>
    );
  }
  if (error) return <ErrorAlert error={error} onRetry={rating.reload} />;
  if (!rating.data) return rating.loading ? <Card loading style={{ marginBottom: 16 }} /> : null;

  const data = rating.data;
  return (
    <div data-testid="rating-panel">
      <RatingSummary rating={data} />
      <FactorsCard factors={data.factors} />
      <ImprovementsCard improvements={data.improvements} />
      <ReportsCard creditCode={creditCode} />
    </div>
  );
}
