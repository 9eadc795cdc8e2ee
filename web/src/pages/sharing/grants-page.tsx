// Enterprise user: who may see which of its data, and the reads made under those grants.
import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { AccessLogTable } from './access-log-table';
import { GrantFormModal } from './grant-form-modal';
import { GrantsTable } from './grants-table';

export function GrantsPage() {
  const { t } = useTranslation();
  const creditCode = useMe().organisation?.creditCode;
  const [creating, setCreating] = useState(false);
  const [version, setVersion] = useState(0);
  if (!creditCode) return <Result status="info" title={t('grants.title')} subTitle={t('profile.noEnterprise')} />;

  return (
    <>
      <PageHeader
        title={t('grants.title')}
        description={t('grants.description')}
        testId="grants-title"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-grant">
            {t('grants.create')}
          </Button>
        }
      />
      <Card>
        <GrantsTable creditCode={creditCode} canRevoke version={version} />
      </Card>
      {creating ? (
        <GrantFormModal creditCode={creditCode} onClose={() => setCreating(false)} onSaved={() => setVersion((v) => v + 1)} />
      ) : null}
    </>
  );
}

export function AccessLogPage() {
  const { t } = useTranslation();
  const creditCode = useMe().organisation?.creditCode;
  if (!creditCode) return <Result status="info" title={t('accessLog.title')} subTitle={t('profile.noEnterprise')} />;
  return (
    <>
      <PageHeader title={t('accessLog.title')} description={t('accessLog.description')} testId="access-log-title" />
      <Card>
        <AccessLogTable creditCode={creditCode} />
      </Card>
    </>
  );
}
