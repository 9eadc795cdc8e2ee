// The platform operator's home: jobs, imports, the rating model and the audit trail, beside the
// platform's totals; each figure opens the page behind it.
import { AppstoreOutlined, AuditOutlined, BankOutlined, CloudUploadOutlined, ExperimentOutlined, ScheduleOutlined, ShopOutlined, TeamOutlined, WarningOutlined } from '@ant-design/icons';
import { Col, Row } from '../../components/grid';
import { useTranslation } from 'react-i18next';
import { getOperatorHome } from '../../api/homes';
import { useMe } from '../../auth/auth-context';
import { BarChart } from '../../components/bar-chart';
import { PageHeader } from '../../components/page-header';
import { Card, Statistic } from '../../components/plain';
import { StatCard } from '../../components/stat-card';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { HomeFigures } from './home-figures';

export function OperatorHome() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const home = useAsync((signal) => getOperatorHome(signal), []);
  const h = home.data;
  const today = h ? `from=${h.periods.today}&to=${h.periods.today}` : '';
  const figures = [
    { key: 'jobs-failed', title: t('homes.operator.jobsFailed'), value: h?.jobs.failed, to: '/operator/jobs?status=failed', icon: <WarningOutlined /> },
    { key: 'imports', title: t('homes.operator.imports'), value: h?.imports.total, to: '/operator/import', icon: <CloudUploadOutlined /> },
    { key: 'audit', title: t('homes.operator.audit'), value: h?.audit.events, to: `/operator/audit?${today}`, icon: <AuditOutlined /> },
    { key: 'failed-logins', title: t('homes.operator.failedLogins'), value: h?.audit.failedLogins, to: `/operator/audit?action=auth.login_failed&${today}`, icon: <TeamOutlined /> },
  ];
  const totals = [
    { key: 'parks', value: h?.totals.parks, icon: <AppstoreOutlined />, to: '/operator/parks', title: t('home.operator.parks') },
    { key: 'institutions', value: h?.totals.institutions, icon: <BankOutlined />, to: '/operator/institutions', title: t('home.operator.institutions') },
    { key: 'enterprises', value: h?.totals.enterprises, icon: <ShopOutlined />, to: '/operator/enterprises', title: t('home.operator.enterprises') },
    { key: 'users', value: h?.totals.users, icon: <TeamOutlined />, to: '/operator/users', title: t('home.operator.users') },
  ];
  const bars = (h?.byPark ?? []).map((p) => ({ label: localName(p, i18n.language), value: p.enterprises }));
  return (
    <>
      <PageHeader title={t('home.operator.title')} description={t('home.welcome', { name: me.user.displayName })} testId="home-title" />
      <div className="kj-stack">
        <HomeFigures figures={figures} loading={home.loading} error={home.error} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card to="/operator/jobs" loading={home.loading && !h} testId="figure-jobs">
              <Statistic title={t('homes.operator.jobs')} value={(h?.jobs.running ?? 0) + (h?.jobs.queued ?? 0)} prefix={<ScheduleOutlined />} />
              {h ? <span className="kj-muted">{t('homes.operator.jobsLine', { running: h.jobs.running, queued: h.jobs.queued })}</span> : null}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card to="/operator/models" loading={home.loading && !h} testId="figure-model">
              <Statistic title={t('homes.operator.model')} value={h?.model.active?.version ?? t('homes.operator.noModel')} prefix={<ExperimentOutlined />} />
              {h ? <span className="kj-muted">{t('homes.operator.modelLine', { shadow: h.model.shadow, draft: h.model.draft, rated: h.model.ratedEnterprises })}</span> : null}
            </Card>
          </Col>
        </Row>
        <Row gutter={[16, 16]}>
          {totals.map((s) => (
            <Col key={s.key} xs={24} sm={12} xl={6}>
              <StatCard title={s.title} value={s.value} loading={home.loading} error={home.error} icon={s.icon} to={s.to} testId={`stat-${s.key}`} />
            </Col>
          ))}
        </Row>
        {bars.length ? (
          <Card title={t('home.operator.byPark')}>
            <BarChart bars={bars} ariaLabel={t('home.operator.byPark')} language={i18n.language} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
