// Park administrator: one programme — its key terms, versions and budget; a pending draft to edit or
// publish; "Run now" with a preview; publishing the computed claims; and its payment batches.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Result, Spin, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getProgramme, publishComputedClaims, publishProgramme, type ProgrammeDetail } from '../../api/policy';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { errorMessage } from '../../lib/api-errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { ProgrammeStatusTag } from './claim-tags';
import { PaymentBatches } from './payment-batches';
import { ProgrammeRun } from './programme-run';
import { ProgrammeTerms } from './programme-terms';
import { PROGRAMMES_PATH, programmePath } from './programmes-page';
import { programmeName } from './use-policy-names';

type Version = ProgrammeDetail['versions'][number];

export function ProgrammeDetailPage() {
  const { t } = useTranslation();
  const { programmeId = '' } = useParams();
  const detail = useAsync((signal) => getProgramme(programmeId, signal), [programmeId]);
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (!detail.data.id) return <Result status="404" title={t('policy.programmes.empty')} />;
  return <ProgrammeDetailView programme={detail.data} reload={detail.reload} />;
}

function ProgrammeDetailView({ programme: p, reload }: { programme: ProgrammeDetail; reload: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string>();
  const hasDraft = p.versions.some((v) => v.status === 'draft');
  const published = p.status === 'published';

  const act = async (key: string, call: () => Promise<unknown>, success: (answer: unknown) => string) => {
    setBusy(key);
    try {
      const answer = await call();
      message.success(success(answer));
      reload();
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setBusy(undefined);
    }
  };

  const versionColumns: TableColumnsType<Version> = [
    { title: t('policy.fields.version'), dataIndex: 'version', width: 70 },
    { title: t('policy.fields.status'), key: 'status', width: 100, render: (_, v) => <ProgrammeStatusTag status={v.status} /> },
    { title: t('policy.fields.validity'), key: 'validity', width: 220, render: (_, v) => t('policy.periodValue', { from: formatDate(v.validFrom, language), to: formatDate(v.validTo, language) }) },
    { title: t('policy.programmes.published'), key: 'publishedAt', width: 160, render: (_, v) => formatDateTime(v.publishedAt, language) },
  ];

  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            {programmeName(p, language)}
            <ProgrammeStatusTag status={p.status} />
          </Flex>
        }
        testId="programme-title"
        extra={
          <Flex gap={8} wrap>
            <Link to={PROGRAMMES_PATH}>
              <Button icon={<ArrowLeftOutlined />}>{t('policy.programmes.back')}</Button>
            </Link>
            <Link to={`${programmePath(p.id)}/edit`}>
              <Button data-testid="programme-edit">{t('policy.programmes.edit')}</Button>
            </Link>
            {hasDraft ? (
              <Popconfirm title={t('policy.programmes.publishDraftConfirm')} onConfirm={() => void act('publish', () => publishProgramme(p.id), () => t('policy.editor.publishedMessage'))}>
                <Button type="primary" loading={busy === 'publish'} data-testid="programme-publish">
                  {t('policy.programmes.publishDraft')}
                </Button>
              </Popconfirm>
            ) : null}
            {published ? (
              <Popconfirm
                title={t('policy.programmes.publishClaimsConfirm')}
                onConfirm={() => void act('claims', () => publishComputedClaims(p.id), (a) => t('policy.programmes.claimsPublished', { count: (a as { published: number }).published }))}
              >
                <Button loading={busy === 'claims'} data-testid="programme-publish-claims">
                  {t('policy.programmes.publishClaims')}
                </Button>
              </Popconfirm>
            ) : null}
            <Link to={`/park/claims?programme=${encodeURIComponent(p.id)}`}>
              <Button>{t('policy.programmes.viewClaims')}</Button>
            </Link>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('policy.programmes.terms')}>
          <ProgrammeTerms programme={p} />
        </Card>
        <Card title={t('policy.programmes.versions')}>
          <Table<Version> rowKey="version" size="small" columns={versionColumns} dataSource={p.versions} pagination={false} scroll={{ x: 550 }} tableLayout="fixed" data-testid="programme-versions" />
        </Card>
        {published ? <ProgrammeRun programmeId={p.id} onWritten={reload} /> : null}
        {published ? <PaymentBatches programmeId={p.id} onChanged={reload} /> : null}
      </Flex>
    </>
  );
}
