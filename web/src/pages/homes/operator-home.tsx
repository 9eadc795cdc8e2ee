// The platform operator's overview: real totals from the list endpoints and enterprises per park.
import { AppstoreOutlined, BankOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { listEnterprises } from '../../api/enterprises';
import { listInstitutions } from '../../api/institutions';
import { listParks } from '../../api/parks';
import { listUsers } from '../../api/users';
import { useMe } from '../../auth/auth-context';
import { BarChart } from '../../components/bar-chart';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { StatCard } from '../../components/stat-card';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';


export function OperatorHome() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const parks = useAsync((signal) => listParks({ pageSize: 100 }, signal), []);
  const institutions = useAsync((signal) => listInstitutions({ pageSize: 1 }, signal), []);
  const enterprises = useAsync((signal) => listEnterprises({ pageSize: 1 }, signal), []);
  const users = useAsync((signal) => listUsers({ pageSize: 1 }, signal), []);

  const stats = [
    { key: 'parks', state: parks, icon: <AppstoreOutlined />, to: '/operator/parks', title: t('home.operator.parks') },
    {
      key: 'institutions',
      state: institutions,
      icon: <BankOutlined />,
      to: '/operator/institutions',
      title: t('home.operator.institutions'),
    },
    {
      key: 'enterprises',
      state: enterprises,
      icon: <ShopOutlined />,
      to: '/operator/enterprises',
      title: t('home.operator.enterprises'),
    },
    { key: 'users', state: users, icon: <TeamOutlined />, to: '/operator/users', title: t('home.operator.users') },
  ];
  const bars = (parks.data?.items ?? []).map((p) => ({ label: localName(p, i18n.language), value: p.enterpriseCount }));

  return (
    <>
      <PageHeader
        title={t('home.operator.title')}
        description={t('home.welcome', { name: me.user.displayName })}
        testId="home-title"
      />
      <Row gutter={[16, 16]}>
        {stats.map((s) => (
          <Col key={s.key} xs={24} sm={12} xl={6}>
            <StatCard
              title={s.title}
              value={s.state.data?.total}
              loading={s.state.loading}
              error={s.state.error}
              icon={s.icon}
              to={s.to}
              testId={`stat-${s.key}`}
            />
          </Col>
        ))}
        <Col span={24}>
          <Card title={t('home.operator.byPark')} loading={parks.loading && !parks.data}>
            {parks.error ? <ErrorAlert error={parks.error} onRetry={parks.reload} /> : null}
            {bars.length > 0 ? (
              <BarChart bars={bars} ariaLabel={t('home.operator.byPark')} height={Math.max(200, bars.length * 44)} />
            ) : (
              !parks.error && <Empty description={t('home.operator.byParkEmpty')} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
