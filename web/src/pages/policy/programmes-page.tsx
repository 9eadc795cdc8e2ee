// Park administrator: the subsidy programmes the park may see, each at its version in force (a
// pending draft marked), opening its detail; a new programme opens the editor.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listProgrammes, type Programme } from '../../api/policy';
import { EllipsisText } from '../../components/ellipsis-text';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { formatDate, localName } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { formatPercent } from '../../lib/policy-format';
import { useAsync } from '../../lib/use-async';
import { ProgrammeStatusTag } from './claim-tags';
import { programmeName } from './use-policy-names';

export const PROGRAMMES_PATH = '/park/programmes';
export const programmePath = (id: string) => `${PROGRAMMES_PATH}/${encodeURIComponent(id)}`;

export function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const programmes = useAsync((signal) => listProgrammes(signal), []);
  const columns: TableColumnsType<Programme> = [
    {
      title: t('policy.fields.programme'),
      key: 'name',
      width: 220,
      render: (_, p) => (
        <EllipsisText text={programmeName(p, language)}>
          <Link to={programmePath(p.id)} data-testid="programme-link">
            {programmeName(p, language)}
          </Link>
        </EllipsisText>
      ),
    },
    { title: t('policy.fields.kind'), key: 'kind', width: 120, render: (_, p) => t(`policy.kinds.${p.kind}`) },
    { title: t('policy.fields.park'), key: 'park', width: 150, render: (_, p) => <EllipsisText text={p.park ? localName({ name: p.park.name, nameEn: p.park.nameEn }, language) : t('policy.cityWide')} /> },
    { title: t('policy.fields.validity'), key: 'validity', width: 200, render: (_, p) => t('policy.periodValue', { from: formatDate(p.validFrom, language), to: formatDate(p.validTo, language) }) },
    { title: t('policy.fields.share'), key: 'share', width: 80, align: 'right', render: (_, p) => formatPercent(p.share) },
    { title: t('policy.fields.capPerYear'), key: 'cap', width: 130, align: 'right', render: (_, p) => (p.capPerEnterpriseYearFen === null ? t('policy.noCap') : formatFen(p.capPerEnterpriseYearFen)) },
    { title: t('policy.fields.budget'), key: 'budget', width: 140, align: 'right', render: (_, p) => formatFen(p.budgetFen) },
    {
      title: t('policy.fields.status'),
      key: 'status',
      width: 150,
      fixed: 'right',
      render: (_, p) => (
        <Flex gap={4} wrap>
          <ProgrammeStatusTag status={p.status} />
          {p.status === 'published' && p.versions.some((v) => v.status === 'draft') ? <Tag color="gold">{t('policy.programmes.draftPending')}</Tag> : null}
        </Flex>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('policy.programmes.title')}
        description={t('policy.programmes.description')}
        testId="programmes-title"
        extra={
          <Link to={`${PROGRAMMES_PATH}/new`}>
            <Button type="primary" icon={<PlusOutlined />} data-testid="programme-create">
              {t('policy.programmes.create')}
            </Button>
          </Link>
        }
      />
      <Card>
        {programmes.error ? <ErrorAlert error={programmes.error} onRetry={programmes.reload} /> : null}
        <Table<Programme>
          rowKey="id"
          columns={columns}
          dataSource={programmes.data?.items ?? []}
          loading={programmes.loading}
          locale={{ emptyText: t('policy.programmes.empty') }}
          pagination={false}
          scroll={{ x: 1190 }}
          tableLayout="fixed"
          data-testid="programmes-table"
        />
      </Card>
    </>
  );
}
