// The institution officer's home: their organisation and what is coming.
import { EnvironmentOutlined } from '@ant-design/icons';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { listParks } from '../../api/parks';
import { useMe } from '../../auth/auth-context';
import { OrgCard } from '../../components/org-card';
import { PageHeader } from '../../components/page-header';
import { StatCard } from '../../components/stat-card';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

export function InstitutionHome() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const parks = useAsync((signal) => listParks({ pageSize: 1 }, signal), []);
  const org = me.organisation ? localName(me.organisation, i18n.language) : t('shell.noOrganisation');

  return (
    <>
      <PageHeader
        title={t('home.institution.title')}
        description={`${t('home.welcome', { name: me.user.displayName })} · ${org}`}
        testId="home-title"
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <OrgCard title={t('home.org.title')} />
        </Col>
        <Col xs={24} xl={8}>
          <StatCard
            title={t('home.institution.activeParks')}
            value={parks.data?.total}
            loading={parks.loading}
            error={parks.error}
            icon={<EnvironmentOutlined />}
            testId="stat-parks"
          />
        </Col>
      </Row>
    </>
  );
}
