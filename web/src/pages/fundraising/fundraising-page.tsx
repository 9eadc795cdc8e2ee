// Enterprise user: its fundraising profile, pitch deck and data room, and who downloaded them.
import { Flex, Result, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFundraising } from '../../api/fundraising';
import { useMe } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { errorMessage } from '../../lib/api-errors';
import { useAsync } from '../../lib/use-async';
import { FundraisingDocuments, FundraisingDownloads } from './fundraising-documents';
import { FundraisingForm } from './fundraising-form';

export function FundraisingPage() {
  const { t } = useTranslation();
  const creditCode = useMe().organisation?.creditCode;
  const [version, setVersion] = useState(0);
  const { data, error, loading } = useAsync((signal) => (creditCode ? readFundraising(creditCode, signal) : Promise.resolve(undefined)), [creditCode, version]);
  if (!creditCode) return <Result status="info" title={t('fundraising.title')} subTitle={t('profile.noEnterprise')} />;
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      <PageHeader title={t('fundraising.title')} description={t('fundraising.description')} testId="fundraising-title" />
      {error ? <Result status="warning" subTitle={errorMessage(t, error)} /> : null}
      {loading && !data ? <Spin /> : null}
      {data ? (
        <Flex vertical gap={16}>
          <FundraisingForm key={data.profile?.updatedAt ?? 'new'} creditCode={creditCode} profile={data.profile} onSaved={changed} />
          <FundraisingDocuments creditCode={creditCode} documents={data.documents} hasProfile={data.profile !== null} onChanged={changed} />
          <FundraisingDownloads creditCode={creditCode} version={version} />
        </Flex>
      ) : null}
    </>
  );
}
