// The enterprise user's home: its grade and how it moved, the next repayment, open applications and
// its best matches, each linking to the page behind it.
import { Col, Row } from '../../components/grid';
import { Card, Empty, Statistic, Tag } from '../../components/plain';
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

/** The score chart's height; the matches beside it take the same room while both load. */
const CHART_HEIGHT = 220;

export function EnterpriseHome() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const me = useMe();
  const home = useAsync((signal) => getEnterpriseHome(language, signal), [language]);
  const h = home.data;
  const org = me.organisation ? localName(me.organisation, language) : t('shell.noOrganisation');
  const points = useMemo(() => (h?.history ?? []).map((r) => ({ label: formatDate(r.ratedOn, language), value: r.score, tag: r.grade })), [h, language]);
  const r = h?.rating;
  const trend = !r ? '' : !r.previousGrade ? t('homes.enterprise.trendFirst') : r.trend === 'up' ? t('homes.enterprise.trendUp', { grade: r.previousGrade }) : r.trend === 'down' ? t('homes.enterprise.trendDown', { grade: r.previousGrade }) : t('homes.enterprise.trendFlat');
  const next = h?.nextRepayment;
  const repaymentLine = next ? t('homes.enterprise.repaymentLine', { date: formatDate(next.dueOn, language), amount: formatMoney(t, next.amountFen), institution: next.institutionName, period: next.period }) : '';
  return (
    <>
      <PageHeader title={t('home.enterprise.title')} description={`${t('home.welcome', { name: me.user.displayName })} · ${org}`} testId="home-title" />
      {home.error ? <ErrorAlert error={home.error} onRetry={home.reload} /> : null}
      <Row gutter={[16, 16]}>
        {/* Each figure keeps its height while the answer is on its way (a dash, an empty note line), so nothing below moves when it arrives. */}
        <Col xs={24} lg={8}>
          <Card to="/enterprise/rating" busy={!h} testId="figure-grade">
            <Statistic title={t('homes.enterprise.grade')} value={h ? (r?.grade ?? t('homes.enterprise.noRating')) : '—'} />
            <div className="kj-note kj-line">
              {r ? (
                <>
                  <span>{t('homes.enterprise.score', { score: r.score })}</span>
                  <Tag color={r.trend === 'up' ? 'green' : r.trend === 'down' ? 'red' : 'default'}>{trend}</Tag>
                </>
              ) : null}
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card to={next ? loanPath(next.loanId) : '/enterprise/loans'} busy={!h} testId="figure-repayment">
            <Statistic title={t('homes.enterprise.nextRepayment')} value={!h ? '—' : next ? formatMoney(t, next.amountFen) : t('homes.enterprise.noRepayment')} />
            <div className="kj-note" title={repaymentLine || undefined}>
              {repaymentLine}
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <StatCard title={t('homes.enterprise.openApplications')} value={h?.openApplications} loading={home.loading} to="/enterprise/applications?open=true" testId="figure-open-applications" />
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('homes.enterprise.history')} minBodyHeight={CHART_HEIGHT}>
            {!h ? null : h.history.length ? <TrendLine points={points} min={0} max={1000} height={CHART_HEIGHT} ariaLabel={t('homes.enterprise.history')} testId="home-history" /> : <Empty>{t('homes.enterprise.noHistory')}</Empty>}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('homes.enterprise.matches')} extra={<Link to="/enterprise/matches">{t('homes.enterprise.allMatches')}</Link>} minBodyHeight={CHART_HEIGHT} testId="figure-matches">
            {!h ? null : h.matches.length ? (
              <ul className="kj-list">
                {h.matches.map((m) => (
                  <li key={m.productId}>
                    <div className="kj-list-main">
                      <Link to={`/enterprise/marketplace/${m.productId}`}>{m.productName}</Link>
                      <span className="kj-muted">{m.institutionName}</span>
                    </div>
                    <Tag>{t('homes.enterprise.matchScore', { score: Math.round(m.score) })}</Tag>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>{t('homes.enterprise.noMatches')}</Empty>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
