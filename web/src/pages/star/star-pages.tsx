// The STAR readiness page: the enterprise's own (menu), and one enterprise's from its detail page
// (its park's administrators, the operator).
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMe } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { StarPanel } from './star-panel';

export function MyStarPage() {
  const { t } = useTranslation();
  const creditCode = useMe().organisation?.creditCode ?? null;
  if (!creditCode) return <Result status="info" title={t('star.title')} subTitle={t('profile.noEnterprise')} />;
  return (
    <>
      <PageHeader title={t('star.title')} description={t('star.description')} testId="star-title" />
      <StarPanel creditCode={creditCode} />
    </>
  );
}

export function EnterpriseStarPage() {
  const { t } = useTranslation();
  const { creditCode = '' } = useParams();
  return (
    <>
      <PageHeader title={t('star.title')} description={t('star.description')} testId="star-title" />
      <Link to=".." relative="path">{t('star.back')}</Link>
      <StarPanel creditCode={creditCode} />
    </>
  );
}
