// The enterprise user's home: its grade and how it moved, the next repayment, open applications and
// its best matches, each linking to the page behind it.
import { Card, Empty, List, Space, Statistic, Tag, Typography } from 'antd';
import { Col, Row } from '../../components/grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getEnterpriseHome } from '../../api/homes';
import { useMe } from '../../auth/auth-context';
import { TrendLine } from '../../components/charts/trend-line';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { StatCard } from '../../components/stat-card';
import { formatDate, localName } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { useAsync } from '../../lib/use-async';
import { loanPath } from '../../lib/workflow-paths';

export function EnterpriseHome() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const me = useMe();
  const home = useAsync((signal) => getEnterpriseHome(language, signal), [language]);
  const h = home.data;
  const org = me.organisation ? localName(me.organisation, language) : t('shell.noOrganisation');
  const points = useMemo(() => (h?.history ?? []).map((r) => ({ label: formatDate(r.ratedAt, language), value: r.score, tag: r.grade })), [h, language]);
  const r = h?.rating;
  const trend = !r ? '' : !r.previousGrade ? t('homes.enterprise.trendFirst') : r.trend === 'up' ? t('homes.enterprise.trendUp', { grade: r.previousGrade }) : r.trend === 'down' ? t('homes.enterprise.trendDown', { grade: r.previousGrade }) : t('homes.enterprise.trendFlat');
  return (
    <>
      <PageHeader title={t('home.enterprise.title')} description={`${t('home.welcome', { name: me.user.displayName })} · ${org}`} testId="home-title" />
      {home.error ? <ErrorAlert error={home.error} onRetry={home.reload} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Link to="/enterprise/rating">
            <Card hoverable loading={home.loading && !h} data-testid="figure-grade">
              <Statistic title={t('homes.enterprise.grade')} value={r?.grade ?? t('homes.enterprise.noRating')} />
              {r ? (
                <Space>
                  <Typography.Text type="secondary">{t('homes.enterprise.score', { score: r.score })}</Typography.Text>
                  <Tag color={r.trend === 'up' ? 'green' : r.trend === 'down' ? 'red' : 'default'}>{trend}</Tag>
                </Space>
              ) : null}
            </Card>
          </Link>
        </Col>
        <Col xs={24} lg={8}>
          <Link to={h?.nextRepayment ? loanPath(h.nextRepayment.loanId) : '/enterprise/loans'}>
            <Card hoverable loading={home.loading && !h} data-testid="figure-repayment">
              <Statistic title={t('homes.enterprise.nextRepayment')} value={h?.nextRepayment ? formatMoney(t, h.nextRepayment.amountFen) : t('homes.enterprise.noRepayment')} />
              {h?.nextRepayment ? (
                <Typography.Text type="secondary">
                  {t('homes.enterprise.repaymentLine', { date: formatDate(h.nextRepayment.dueOn, language), amount: formatMoney(t, h.nextRepayment.amountFen), institution: h.nextRepayment.institutionName, period: h.nextRepayment.period })}
                </Typography.Text>
              ) : null}
            </Card>
          </Link>
        </Col>
        <Col xs={24} lg={8}>
          <StatCard title={t('homes.enterprise.openApplications')} value={h?.openApplications} loading={home.loading} to="/enterprise/applications?open=true" testId="figure-open-applications" />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('homes.enterprise.history')}>{h && h.history.length ? <TrendLine points={points} min={0} max={1000} height={220} ariaLabel={t('homes.enterprise.history')} testId="home-history" /> : <Empty />}</Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('homes.enterprise.matches')} extra={<Link to="/enterprise/matches">{t('homes.enterprise.allMatches')}</Link>} data-testid="figure-matches">
            <List
              dataSource={h?.matches ?? []}
              locale={{ emptyText: t('homes.enterprise.noMatches') }}
              renderItem={(m) => (
                <List.Item>
                  <List.Item.Meta title={<Link to="/enterprise/matches">{m.productName}</Link>} description={m.institutionName} />
                  <Tag>{Math.round(m.score * 100)}</Tag>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
