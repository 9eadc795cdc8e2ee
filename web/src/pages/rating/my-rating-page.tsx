// Enterprise user: its own credit rating, why it is what it is, and verifiable reports.
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { RatingPanel } from './rating-panel';

export function MyRatingPage() {
  const { t } = useTranslation();
  const creditCode = useMe().organisation?.creditCode ?? null;
  if (!creditCode) return <Result status="info" title={t('rating.title')} subTitle={t('profile.noEnterprise')} />;
  return (
    <>
      <PageHeader title={t('rating.title')} description={t('rating.description')} testId="rating-title" />
      <RatingPanel creditCode={creditCode} />
    </>
  );
}
