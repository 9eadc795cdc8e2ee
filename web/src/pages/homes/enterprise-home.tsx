// The enterprise user's home: their enterprise, its park, and what is coming.
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { listParks } from '../../api/parks';
import { useMe } from '../../auth/auth-context';
import { OrgCard } from '../../components/org-card';
import { PageHeader } from '../../components/page-header';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

export function EnterpriseHome() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const parkId = me.organisation?.parkId ?? null;
  const parks = useAsync((signal) => listParks({ pageSize: 100 }, signal), []);
  const park = parks.data?.items.find((p) => p.id === parkId);
  const org = me.organisation ? localName(me.organisation, i18n.language) : t('shell.noOrganisation');

  return (
    <>
      <PageHeader
        title={t('home.enterprise.title')}
        description={`${t('home.welcome', { name: me.user.displayName })} · ${org}`}
        testId="home-title"
      />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <OrgCard title={t('home.org.titleEnterprise')} parkName={park ? localName(park, i18n.language) : ''} />
        </Col>
      </Row>
    </>
  );
}
