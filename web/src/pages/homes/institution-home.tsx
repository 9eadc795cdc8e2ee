// The institution officer's home: reviews due today and overdue, open warnings, loans overdue and
// this month's disbursements, each opening the list behind it with its filter in the URL.
import { AlertOutlined, ClockCircleOutlined, FieldTimeOutlined, FileSearchOutlined, ProfileOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { getInstitutionHome } from '../../api/homes';
import { useMe } from '../../auth/auth-context';
import { OrgCard } from '../../components/org-card';
import { PageHeader } from '../../components/page-header';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { HomeFigures } from './home-figures';

export function InstitutionHome() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const home = useAsync((signal) => getInstitutionHome(signal), []);
  const h = home.data;
  const org = me.organisation ? localName(me.organisation, i18n.language) : t('shell.noOrganisation');
  const month = h ? `disbursedFrom=${h.periods.monthFrom}&disbursedTo=${h.periods.monthTo}` : '';
  const figures = [
    { key: 'due-today', title: t('homes.bank.dueToday'), value: h?.reviews.dueToday, to: '/institution/reviews?due=today', icon: <ClockCircleOutlined /> },
    { key: 'overdue', title: t('homes.bank.overdue'), value: h?.reviews.overdue, to: '/institution/reviews?due=overdue', icon: <FieldTimeOutlined /> },
    { key: 'queue', title: t('homes.bank.inQueue'), value: h?.reviews.inQueue, to: '/institution/reviews', icon: <FileSearchOutlined /> },
    { key: 'signals', title: t('homes.bank.openSignals'), value: h?.openSignals, to: '/institution/warnings?status=open', icon: <AlertOutlined /> },
    { key: 'loans-overdue', title: t('homes.bank.loansOverdue'), value: h?.loansOverdue.count, to: '/institution/loan-book?overdue=true', icon: <ProfileOutlined /> },
    { key: 'disbursed', title: t('homes.bank.disbursedThisMonth'), value: h?.disbursedThisMonth.count, to: `/institution/loan-book?${month}`, icon: <ThunderboltOutlined /> },
  ];
  return (
    <>
      <PageHeader title={t('home.institution.title')} description={`${t('home.welcome', { name: me.user.displayName })} · ${org}`} testId="home-title" />
      <div className="kj-stack">
        <HomeFigures figures={figures} loading={home.loading} error={home.error} />
        <OrgCard title={t('home.org.title')} />
      </div>
    </>
  );
}
