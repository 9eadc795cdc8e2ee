// Enterprise user: its own credit profile, to keep up to date section by section.
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { getProfile } from '../../api/profile';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { PlainSpin } from '../../components/plain-spin';
import { PageHeader } from '../../components/page-header';
import { useAsync } from '../../lib/use-async';
import { ProfileOverview } from './profile-overview';
import { ProfileTabs } from './profile-tabs';

export function MyProfilePage() {
  const { t } = useTranslation();
  const creditCode = useMe().organisation?.creditCode ?? null;
  if (!creditCode) return <Result status="info" title={t('profile.title')} subTitle={t('profile.noEnterprise')} />;
  return <MyProfile creditCode={creditCode} />;
}

function MyProfile({ creditCode }: { creditCode: string }) {
  const { t } = useTranslation();
  const profile = useAsync((signal) => getProfile(creditCode, signal), [creditCode]);

  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} testId="profile-title" />
      {profile.error ? <ErrorAlert error={profile.error} onRetry={profile.reload} /> : null}
      {profile.data ? (
        <>
          <ProfileOverview profile={profile.data} />
          <ProfileTabs profile={profile.data} editable onSaved={profile.reload} />
        </>
      ) : profile.loading ? (
        <PlainSpin />
      ) : null}
    </>
  );
}
