// One enterprise, read-only: the full profile for its park administrators and the operator; the
// summary, or only the granted sections, for an institution.
import { ArrowLeftOutlined, RiseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { getProfile, type EnterpriseProfile } from '../../api/profile';
import { useMe } from '../../auth/auth-context';
import { hasRole } from '../../auth/roles';
import { ErrorAlert } from '../../components/error-alert';
import { PlainSpin } from '../../components/plain-spin';
import { PageHeader } from '../../components/page-header';
import { RatingBandTag } from '../../components/rating-band-tag';
import { StatusTag } from '../../components/status-tag';
import { ParkName } from '../../components/park-name';
import { industryLabel } from '../../lib/code-names';
import { categoryLabel } from '../../lib/labels';
import { useAsync } from '../../lib/use-async';
import { withRememberedFilters } from '../../lib/use-paged-list';
import { NeedsGrant, RatingPanel } from '../rating/rating-panel';
import { AccessLogTable } from '../sharing/access-log-table';
import { GrantsTable } from '../sharing/grants-table';
import { ProfileOverview } from './profile-overview';
import { ProfileTabs, type ExtraTab } from './profile-tabs';

const VIEW_COLORS = { full: 'green', granted: 'blue', summary: 'default' } as const;

function ViewNote({ profile }: { profile: EnterpriseProfile }) {
  const { t } = useTranslation();
  if (profile.view === 'full') return null;
  const granted = profile.view === 'granted';
  return (
    <Alert
      type={granted ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="view-note"
      message={granted ? t('enterpriseDetail.grantedNote', { categories: profile.categories.map((c) => categoryLabel(t, c)).join('、') }) : t('enterpriseDetail.summaryNote')}
      description={granted ? t('enterpriseDetail.grantedDetail') : t('enterpriseDetail.summaryDetail')}
    />
  );
}

function SummaryCard({ profile }: { profile: EnterpriseProfile }) {
  const { t, i18n } = useTranslation();
  return (
    <Card style={{ marginBottom: 16 }} data-testid="enterprise-summary">
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
        <Descriptions.Item label={t('enterpriseDetail.creditCode')}>
          <Typography.Text style={{ fontFamily: 'monospace' }} copyable>
            {profile.creditCode}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('enterpriseDetail.park')}>
          <ParkName code={profile.parkCode} fallback={profile.parkName} />
        </Descriptions.Item>
        <Descriptions.Item label={t('enterpriseDetail.industry')}>
          {`${industryLabel(profile.industryCode, i18n.language)} (${profile.industryCode})`}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <StatusTag status={profile.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('enterpriseDetail.ratingBand')}>
          <RatingBandTag band={profile.ratingBand} />
        </Descriptions.Item>
        <Descriptions.Item label={t('enterpriseDetail.view')}>
          <Tag color={VIEW_COLORS[profile.view]} data-testid="profile-view">
            {t(`enterpriseDetail.views.${profile.view}`)}
          </Tag>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const creditCode = (useParams().creditCode ?? '').toUpperCase();
  const profile = useAsync((signal) => getProfile(creditCode, signal), [creditCode]);
  const listPath = pathname.slice(0, pathname.lastIndexOf('/'));
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(withRememberedFilters(listPath))}>
      {t('enterpriseDetail.back')}
    </Button>
  );

  if (profile.error instanceof ApiError && profile.error.status === 404) {
    return <Result status="404" title={t('enterpriseDetail.notFound')} subTitle={creditCode} extra={back} />;
  }
  const data = profile.data;
  const administers = hasRole(me, 'park_admin', 'platform_operator') && data?.view === 'full';
  const extraTabs: ExtraTab[] =
    data && administers
      ? [
          { key: 'grants', label: t('enterpriseDetail.grantsTab'), children: <GrantsTable creditCode={data.creditCode} canRevoke={false} /> },
          { key: 'access-log', label: t('enterpriseDetail.accessLogTab'), children: <AccessLogTable creditCode={data.creditCode} /> },
        ]
      : [];

  return (
    <>
      <PageHeader
        title={data?.name ?? creditCode}
        extra={
          <Flex gap={8}>
            {/* The park's administrators and the operator open the STAR Market readiness below this page. */}
            {administers ? (
              <Button icon={<RiseOutlined />} onClick={() => navigate(`${pathname}/star`)} data-testid="open-star">
                {t('star.open')}
              </Button>
            ) : null}
            {back}
          </Flex>
        }
        testId="enterprise-title"
      />
      {profile.error ? <ErrorAlert error={profile.error} onRetry={profile.reload} /> : null}
      {data ? (
        <>
          <SummaryCard profile={data} />
          <ViewNote profile={data} />
          <ProfileOverview profile={data} />
          <Typography.Title level={4} style={{ marginTop: 8 }} data-testid="rating-section">
            {t('rating.panelTitle')}
          </Typography.Title>
          {/* Park and operator see every rating; an institution only with the enterprise's grant. */}
          {data.view === 'summary' ? <NeedsGrant /> : <RatingPanel creditCode={data.creditCode} />}
          {data.view === 'summary' ? null : <ProfileTabs profile={data} editable={false} onSaved={profile.reload} extraTabs={extraTabs} />}
        </>
      ) : profile.loading ? (
        <PlainSpin />
      ) : null}
    </>
  );
}
