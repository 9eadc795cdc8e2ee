// Institution officer: every enterprise's public summary; a row opens what the officer may see of it.
import { Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { listDirectory, type DirectoryQuery, type EnterpriseSummary } from '../../api/profile';
import { ErrorAlert } from '../../components/error-alert';
import { industryLabel } from '../../lib/code-names';
import { IndustryFilter } from '../../components/industry-filter';
import { PageHeader } from '../../components/page-header';
import { ParkSelect } from '../../components/park-select';
import { SearchInput } from '../../components/search-input';
import { RatingBandTag } from '../../components/rating-band-tag';
import { StatusTag } from '../../components/status-tag';
import { usePagedList } from '../../lib/use-paged-list';

export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = usePagedList<EnterpriseSummary, DirectoryQuery>((q, signal) => listDirectory(q, signal), {}, undefined, [], {
    inUrl: { q: 'string', parkId: 'string', industryCode: 'string' },
  });
  const open = (e: EnterpriseSummary) => navigate(encodeURIComponent(e.creditCode));

  const columns: TableColumnsType<EnterpriseSummary> = [
    {
      title: t('enterprises.name'),
      key: 'name',
      render: (_, e) => (
        <Flex vertical>
          <Link to={encodeURIComponent(e.creditCode)} onClick={(event) => event.stopPropagation()} data-testid="directory-name">
            <Typography.Text strong style={{ color: 'inherit' }}>
              {e.name}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {e.creditCode}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('enterprises.park'), dataIndex: 'parkName', width: 160 },
    {
      title: t('enterprises.industry'),
      key: 'industry',
      width: 220,
      render: (_, e) => (
        <Flex vertical>
          <Typography.Text>{industryLabel(e.industryCode, i18n.language)}</Typography.Text>
          <Typography.Text type="secondary">{e.industryCode}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('directory.ratingBand'),
      dataIndex: 'ratingBand',
      width: 110,
      render: (band: string | null) => <RatingBandTag band={band} />,
    },
    { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
  ];

  return (
    <>
      <PageHeader title={t('directory.title')} description={t('directory.description')} testId="directory-title" />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <SearchInput placeholder={t('directory.searchPlaceholder')} defaultValue={list.query.q} onSearch={(q) => list.setFilters({ q })} testId="directory-search" />
          <ParkSelect
            allowClear
            value={list.query.parkId}
            onChange={(parkId) => list.setFilters({ parkId })}
            placeholder={t('directory.parkFilter')}
            style={{ width: 220 }}
          />
          <IndustryFilter placeholder={t('directory.industryFilter')} defaultValue={list.query.industryCode} onSearch={(industryCode) => list.setFilters({ industryCode })} />
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <Table<EnterpriseSummary>
          rowKey="creditCode"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          pagination={list.pagination(t)}
          locale={{ emptyText: t('directory.empty') }}
          scroll={{ x: 860 }}
          onRow={(e) => ({ onClick: () => open(e), style: { cursor: 'pointer' } })}
          data-testid="directory-table"
        />
      </Card>
    </>
  );
}
