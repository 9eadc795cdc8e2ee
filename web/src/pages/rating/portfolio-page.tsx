// Institution officer: the latest ratings of the enterprises that granted this institution access,
// with their grade distribution; a name opens what the officer may see of the enterprise.
import { Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Col, Row } from '../../components/grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { GRADES, listGrantedRatings, type PortfolioRating } from '../../api/rating';
import { EllipsisText } from '../../components/ellipsis-text';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { bandTagColor, formatPercent } from '../../lib/rating-format';
import { GradeDistribution, inGradeOrder } from '../models/model-charts';

const gradeRank = (g: string) => {
  const i = (GRADES as readonly string[]).indexOf(g);
  return i < 0 ? GRADES.length : i;
};

function PortfolioEmpty() {
  const { t } = useTranslation();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      data-testid="portfolio-empty"
      description={
        <Flex vertical gap={4}>
          <Typography.Text>{t('portfolio.empty')}</Typography.Text>
          <Typography.Text type="secondary">{t('portfolio.emptyDetail')}</Typography.Text>
        </Flex>
      }
    />
  );
}

export function PortfolioPage() {
  const { t, i18n } = useTranslation();
  const ratings = useAsync((signal) => listGrantedRatings(signal), []);
  const items = useMemo(() => ratings.data?.items ?? [], [ratings.data]);
  const grades = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of items) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1);
    return inGradeOrder([...counts].map(([grade, count]) => ({ grade, count })));
  }, [items]);

  const columns: TableColumnsType<PortfolioRating> = [
    {
      title: t('enterprises.name'),
      key: 'name',
      render: (_, r) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Link to={encodeURIComponent(r.creditCode)} data-testid="portfolio-name" style={{ maxWidth: '100%' }}>
            <EllipsisText text={r.name} strong style={{ color: 'inherit' }} />
          </Link>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {r.creditCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('rating.grade'),
      dataIndex: 'grade',
      width: 100,
      sorter: (a, b) => gradeRank(a.grade) - gradeRank(b.grade),
      render: (g: string) => (
        <Tag color={bandTagColor(g)} data-testid="portfolio-grade">
          {g}
        </Tag>
      ),
    },
    { title: t('portfolio.score'), dataIndex: 'score', width: 100, align: 'right', sorter: (a, b) => a.score - b.score },
    { title: t('rating.pd'), dataIndex: 'pd', width: 110, align: 'right', sorter: (a, b) => a.pd - b.pd, render: (pd: number) => formatPercent(pd, 2) },
    { title: t('rating.ratedAt'), dataIndex: 'ratedAt', width: 150, render: (v: string) => formatDateTime(v, i18n.language) },
  ];

  return (
    <>
      <PageHeader title={t('portfolio.title')} description={t('portfolio.description')} testId="portfolio-title" />
      {ratings.error ? <ErrorAlert error={ratings.error} onRetry={ratings.reload} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('portfolio.tableTitle', { count: items.length })}>
            <Table<PortfolioRating>
              rowKey="creditCode"
              size="middle"
              columns={columns}
              dataSource={items}
              loading={ratings.loading}
              pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              locale={{ emptyText: <PortfolioEmpty /> }}
              scroll={{ x: 680 }}
              tableLayout="fixed"
              data-testid="portfolio-table"
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('portfolio.distribution')} loading={ratings.loading && !ratings.data}>
            {items.length ? (
              <GradeDistribution grades={grades} testId="portfolio-distribution" />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portfolio.noDistribution')} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
