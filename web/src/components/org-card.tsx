// The signed-in user's own organisation, from GET /me/organisation (plain elements: it is on a home).
import { useTranslation } from 'react-i18next';
import { getMyOrganisation } from '../api/auth';
import { regionLabel } from '../lib/code-names';
import { formatDate } from '../lib/format';
import { useAsync } from '../lib/use-async';
import { ErrorAlert } from './error-alert';
import { Card, Descriptions, Tag } from './plain';
import { statusColor, statusLabel } from './status-label';

export function OrgCard({ title }: { title: string }) {
  const { t, i18n } = useTranslation();
  const { data: org, error, loading, reload } = useAsync((signal) => getMyOrganisation(signal), []);
  const none = t('common.none');
  return (
    <Card title={title} loading={loading && !org} testId="org-card">
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {org ? (
        <Descriptions
          items={[
            { key: 'name', label: t('home.org.name'), value: org.name },
            { key: 'nameEn', label: t('home.org.nameEn'), value: org.nameEn ?? none },
            { key: 'type', label: t('home.org.type'), value: t(`orgTypes.${org.type}`) },
            { key: 'creditCode', label: t('home.org.creditCode'), value: <span style={{ fontFamily: 'monospace' }}>{org.creditCode ?? none}</span> },
            { key: 'region', label: t('home.org.regionCode'), value: org.regionCode ? `${org.regionCode} ${regionLabel(org.regionCode, i18n.language)}` : none },
            {
              key: 'status',
              label: t('home.org.status'),
              value: <Tag color={statusColor(org.status)}>{statusLabel(t, org.status)}</Tag>,
            },
            { key: 'createdAt', label: t('home.org.createdAt'), value: formatDate(org.createdAt, i18n.language) },
          ]}
        />
      ) : null}
    </Card>
  );
}
