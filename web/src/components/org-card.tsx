// The signed-in user's own organisation, from GET /me/organisation.
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { getMyOrganisation } from '../api/auth';
import { regionLabel } from '../lib/code-names';
import { formatDate } from '../lib/format';
import { useAsync } from '../lib/use-async';
import { ErrorAlert } from './error-alert';
import { StatusTag } from './status-tag';

export function OrgCard({ parkName, title }: { parkName?: string; title: string }) {
  const { t, i18n } = useTranslation();
  const { data: org, error, loading, reload } = useAsync((signal) => getMyOrganisation(signal), []);
  const none = t('common.none');
  return (
    <Card title={title} loading={loading && !org} data-testid="org-card">
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {org ? (
        <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }} size="middle">
          <Descriptions.Item label={t('home.org.name')}>{org.name}</Descriptions.Item>
          <Descriptions.Item label={t('home.org.nameEn')}>{org.nameEn ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('home.org.type')}>{t(`orgTypes.${org.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('home.org.creditCode')}>
            <span style={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}>{org.creditCode ?? none}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('home.org.regionCode')}>{org.regionCode ? `${org.regionCode} ${regionLabel(org.regionCode, i18n.language)}` : none}</Descriptions.Item>
          {parkName !== undefined ? (
            <Descriptions.Item label={t('home.org.park')}>{parkName || none}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('home.org.status')}>
            <StatusTag status={org.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('home.org.createdAt')}>{formatDate(org.createdAt, i18n.language)}</Descriptions.Item>
        </Descriptions>
      ) : null}
    </Card>
  );
}
