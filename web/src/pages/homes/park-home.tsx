// The park administrator's home: their parks and how many enterprises each has.
import { AppstoreOutlined, ShopOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listEnterprises } from '../../api/enterprises';
import { listParks } from '../../api/parks';
import { useMe } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { StatCard } from '../../components/stat-card';
import { StatusTag } from '../../components/status-tag';
import { formatCount, localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

export function ParkHome() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const parks = useAsync((signal) => listParks({ pageSize: 100 }, signal), []);
  const enterprises = useAsync((signal) => listEnterprises({ pageSize: 1 }, signal), []);
  const scopeNames = me.parkScope.all
    ? t('shell.allParks')
    : me.parkScope.parks.map((p) => localName(p, i18n.language)).join('、');

  return (
    <>
      <PageHeader
        title={t('home.park.title')}
        description={`${t('home.welcome', { name: me.user.displayName })} · ${t('home.park.scopeLine', { parks: scopeNames || t('common.none') })}`}
        testId="home-title"
      />
      {!me.parkScope.all && me.parkScope.parks.length === 0 ? (
        <Alert type="warning" showIcon message={t('home.park.noParks')} style={{ marginBottom: 16 }} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12}>
          <StatCard
            title={t('home.park.parks')}
            value={parks.data?.total}
            loading={parks.loading}
            error={parks.error}
            icon={<AppstoreOutlined />}
            testId="stat-parks"
          />
        </Col>
        <Col xs={24} sm={12}>
          <StatCard
            title={t('home.park.enterprises')}
            value={enterprises.data?.total}
            loading={enterprises.loading}
            error={enterprises.error}
            icon={<ShopOutlined />}
            to="/park/enterprises"
            testId="stat-enterprises"
          />
        </Col>
        {parks.error ? (
          <Col span={24}>
            <ErrorAlert error={parks.error} onRetry={parks.reload} />
          </Col>
        ) : null}
        {(parks.data?.items ?? []).map((park) => (
          <Col key={park.id} xs={24} lg={12}>
            <Card
              title={localName(park, i18n.language)}
              extra={<StatusTag status={park.status} />}
              actions={[
                <Link key="enterprises" to={`/park/enterprises?parkId=${encodeURIComponent(park.id)}`}>
                  {t('home.park.viewEnterprises')}
                </Link>,
              ]}
            >
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('parks.code')}>{park.code}</Descriptions.Item>
                <Descriptions.Item label={t('parks.regionCode')}>{park.regionCode}</Descriptions.Item>
                <Descriptions.Item label={t('parks.enterpriseCount')}>
                  <Typography.Text strong>{formatCount(park.enterpriseCount, i18n.language)}</Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
