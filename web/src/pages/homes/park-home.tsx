// The park administrator's home: enterprises, their rating distribution, this year's financing and
// responses overdue, each opening the list behind it with its filter in the URL.
import { AlertOutlined, FieldTimeOutlined, ShopOutlined, SolutionOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getParkHome } from '../../api/homes';
import { useMe } from '../../auth/auth-context';
import { BarChart } from '../../components/bar-chart';
import { PageHeader } from '../../components/page-header';
import { Alert, Card, Tag } from '../../components/plain';
import { localName } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { useAsync } from '../../lib/use-async';
import { HomeFigures } from './home-figures';

export function ParkHome() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const home = useAsync((signal) => getParkHome(signal), []);
  const h = home.data;
  const scopeNames = me.parkScope.all ? t('shell.allParks') : me.parkScope.parks.map((p) => localName(p, i18n.language)).join('、');
  const year = h ? `disbursedFrom=${h.periods.yearFrom}&disbursedTo=${h.periods.yearTo}` : '';
  const figures = [
    { key: 'enterprises', title: t('homes.park.enterprises'), value: h?.enterprises, to: '/park/enterprises', icon: <ShopOutlined /> },
    { key: 'financing', title: t('homes.park.financing'), value: h?.financingThisYear.count, to: `/park/loans?${year}`, icon: <ThunderboltOutlined /> },
    { key: 'open-applications', title: t('homes.park.openApplications'), value: h?.openApplications, to: '/park/applications?open=true', icon: <SolutionOutlined /> },
    { key: 'overdue-responses', title: t('homes.park.overdueResponses'), value: h?.overdueResponses, to: '/park/applications?due=overdue', icon: <FieldTimeOutlined /> },
    { key: 'signals', title: t('homes.park.openSignals'), value: h?.openSignals, to: '/park/warnings?status=open', icon: <AlertOutlined /> },
  ];
  const gradeName = (g: string) => (g === 'none' ? t('homes.park.gradeNone') : g);
  return (
    <>
      <PageHeader
        title={t('home.park.title')}
        description={`${t('home.welcome', { name: me.user.displayName })} · ${t('home.park.scopeLine', { parks: scopeNames || t('common.none') })}`}
        testId="home-title"
      />
      {!me.parkScope.all && me.parkScope.parks.length === 0 ? <Alert type="warning" message={t('home.park.noParks')} /> : null}
      <div className="kj-stack">
        <HomeFigures figures={figures} loading={home.loading} error={home.error} />
        {h ? <span className="kj-muted">{t('homes.bank.amountLine', { amount: formatMoney(t, h.financingThisYear.amountFen) })}</span> : null}
        <Card title={t('homes.park.grades')} extra={<span className="kj-muted">{t('homes.park.gradesHint')}</span>} loading={home.loading && !h} testId="figure-grades">
          <div className="kj-line" style={{ marginBottom: 12 }}>
            {(h?.grades ?? []).map((g) => (
              <Link key={g.grade} to={`/park/enterprises?grade=${g.grade}`} data-testid={`grade-${g.grade}`}>
                <Tag color="blue">
                  {gradeName(g.grade)} · {g.count}
                </Tag>
              </Link>
            ))}
          </div>
          {h && h.grades.length ? <BarChart bars={h.grades.map((g) => ({ label: gradeName(g.grade), value: g.count }))} ariaLabel={t('homes.park.grades')} language={i18n.language} keepOrder /> : null}
        </Card>
      </div>
    </>
  );
}
