// What a simulation found: the headline figures, the draft beside the published version (and the
// difference) when there is one, and the grants by park, industry, grade and month — each a chart
// (echarts, loaded on first use) over a table — with the unmet rules that kept loans out.
import { Card, Flex, Statistic, Table, Tabs, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Simulation } from '../../api/policy';
import { Chart, CHART_BLUE } from '../../components/charts/chart';
import { Col, Row } from '../../components/grid';
import { industryLabel } from '../../lib/code-names';
import { formatCount } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { formatFen } from '../../lib/money';
import { formatShare } from '../../lib/workflow-format';
import { breakdownRows, budgetUsedShare, cumulativeFen, DIMENSIONS, formatMonth, parkLabelOf, reasonRows, type BreakdownTableRow, type Dimension } from './simulation-view';

const CURRENT_GREY = '#8c8c8c';
/** Amounts stay on one line (the table scrolls sideways on a narrow panel instead). */
const oneLine = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };
const signedFen = (fen: number) => (fen > 0 ? `+${formatFen(fen)}` : formatFen(fen));
const signedCount = (n: number, language: string) => (n > 0 ? `+${formatCount(n, language)}` : formatCount(n, language));

export function SimulationResults({ result, budgetFen }: { result: Simulation; budgetFen: number | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const month = (m: string | null) => (m ? formatMonth(m, language) : t('policy.simulator.notExhausted'));
  const used = budgetUsedShare(budgetFen, result.budgetLeftAfterFen);
  return (
    <Flex vertical gap={16} data-testid="simulation-results">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={8} xl={12} xxl={8}>
          <Statistic title={t('policy.simulator.enterprisesReached')} value={formatCount(result.enterprisesReached, language)} data-testid="sim-enterprises" />
        </Col>
        <Col xs={12} md={8} xl={12} xxl={8}>
          <Statistic title={t('policy.simulator.loans')} value={t('policy.simulator.loansOf', { eligible: formatCount(result.eligibleLoans, language), all: formatCount(result.loansConsidered, language) })} data-testid="sim-loans" />
        </Col>
        <Col xs={12} md={8} xl={12} xxl={8}>
          <Statistic title={t('policy.simulator.total')} value={formatFen(result.totalFen)} data-testid="sim-total" />
        </Col>
        <Col xs={12} md={8} xl={12} xxl={8}>
          <Statistic title={t('policy.simulator.budgetUsed')} value={formatShare(used)} data-testid="sim-budget-used" />
        </Col>
        <Col xs={24} md={16} xl={24} xxl={16}>
          <Statistic title={t('policy.simulator.exhausted')} value={month(result.budgetExhaustedMonth)} valueStyle={result.budgetExhaustedMonth ? { color: '#cf1322' } : undefined} data-testid="sim-exhausted" />
        </Col>
      </Row>
      {result.budgetShort ? <Typography.Text type="warning">{t('policy.simulator.budgetShort', { requested: formatFen(result.requestedFen), left: formatFen(result.budgetLeftBeforeFen) })}</Typography.Text> : null}
      {result.current && result.delta ? <Comparison result={result} month={month} /> : null}
      <Breakdowns result={result} />
      <Reasons byReason={result.ineligibleByReason} />
    </Flex>
  );
}

function Comparison({ result, month }: { result: Simulation; month: (m: string | null) => string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const current = result.current!;
  const delta = result.delta!;
  const count = (n: number) => formatCount(n, language);
  const rows = [
    { key: 'enterprisesReached' as const, draft: count(result.enterprisesReached), current: count(current.enterprisesReached), delta: signedCount(delta.enterprisesReached, language) },
    { key: 'eligibleLoans' as const, draft: count(result.eligibleLoans), current: count(current.eligibleLoans), delta: signedCount(delta.eligibleLoans, language) },
    { key: 'requested' as const, draft: formatFen(result.requestedFen), current: formatFen(current.requestedFen), delta: signedFen(delta.requestedFen) },
    { key: 'total' as const, draft: formatFen(result.totalFen), current: formatFen(current.totalFen), delta: signedFen(delta.totalFen) },
    { key: 'budgetLeftAfter' as const, draft: formatFen(result.budgetLeftAfterFen), current: formatFen(current.budgetLeftAfterFen), delta: signedFen(delta.budgetLeftAfterFen) },
    { key: 'exhausted' as const, draft: month(delta.budgetExhaustedMonth.draft), current: month(delta.budgetExhaustedMonth.current), delta: '' },
  ];
  return (
    <Card size="small" title={t('policy.simulator.comparison', { version: current.programmeVersion })} data-testid="simulation-comparison">
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '', key: 'label', render: (_, r) => t(`policy.simulator.compare.${r.key}`) },
          { title: t('policy.simulator.draft'), dataIndex: 'draft', align: 'right', ...oneLine },
          { title: t('policy.simulator.current'), dataIndex: 'current', align: 'right', ...oneLine },
          { title: t('policy.simulator.difference'), dataIndex: 'delta', align: 'right', ...oneLine },
        ]}
      />
    </Card>
  );
}

function chartOption(t: TFunction, rows: BreakdownTableRow[], dimension: Dimension, compared: boolean) {
  const money = (fen: number) => formatFen(Math.round(fen));
  const series: Record<string, unknown>[] = [{ type: 'bar', name: t('policy.simulator.draft'), data: rows.map((r) => r.grantedFen), itemStyle: { color: CHART_BLUE } }];
  if (compared) series.push({ type: 'bar', name: t('policy.simulator.current'), data: rows.map((r) => r.current?.grantedFen ?? 0), itemStyle: { color: CURRENT_GREY } });
  if (dimension === 'byMonth') series.push({ type: 'line', name: t('policy.simulator.cumulative'), data: cumulativeFen(rows), itemStyle: { color: '#d46b08' } });
  return {
    tooltip: { trigger: 'axis', valueFormatter: money },
    legend: { show: series.length > 1, top: 0 },
    grid: { left: 8, right: 8, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0, width: 90, overflow: 'truncate' } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFen(v).replace(/\.00$/, '') } },
    series,
  };
}

function Breakdown({ result, dimension }: { result: Simulation; dimension: Dimension }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const compared = Boolean(result.delta);
  const rows = useMemo(() => {
    const park = parkLabelOf(result, language);
    const label: Record<Dimension, (k: string) => string> = {
      byPark: park,
      byIndustry: (k) => industryLabel(k, language),
      byGrade: (k) => (k === 'unrated' ? t('policy.simulator.unrated') : k),
      byMonth: (k) => formatMonth(k, language),
    };
    return breakdownRows(result, dimension, label[dimension]);
  }, [result, dimension, language, t]);
  const option = useMemo(() => chartOption(t, rows, dimension, compared), [t, rows, dimension, compared]);
  if (!rows.length) return <Typography.Text type="secondary">{t('policy.simulator.noRows')}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      <Chart option={option} height={220} ariaLabel={t(`policy.simulator.dimensions.${dimension}`)} testId={`sim-chart-${dimension}`} />
      <Table<BreakdownTableRow>
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={rows.length > 12 ? { pageSize: 12, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
        data-testid={`sim-table-${dimension}`}
        columns={[
          { title: t(`policy.simulator.dimensionColumn.${dimension}`), dataIndex: 'label' },
          { title: t('policy.simulator.eligibleLoans'), key: 'eligible', align: 'right', ...oneLine, render: (_, r) => `${formatCount(r.eligibleLoans, language)} / ${formatCount(r.loans, language)}` },
          { title: compared ? t('policy.simulator.draft') : t('policy.simulator.granted'), key: 'granted', align: 'right', ...oneLine, render: (_, r) => formatFen(r.grantedFen) },
          ...(compared
            ? [
                { title: t('policy.simulator.current'), key: 'current', align: 'right' as const, ...oneLine, render: (_: unknown, r: BreakdownTableRow) => formatFen(r.current?.grantedFen ?? 0) },
                { title: t('policy.simulator.difference'), key: 'delta', align: 'right' as const, ...oneLine, render: (_: unknown, r: BreakdownTableRow) => signedFen(r.current?.deltaFen ?? 0) },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}

function Breakdowns({ result }: { result: Simulation }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('policy.simulator.breakdowns')}>
      <Tabs
        size="small"
        destroyOnHidden
        items={DIMENSIONS.map((d) => ({ key: d, label: t(`policy.simulator.dimensions.${d}`), children: <Breakdown result={result} dimension={d} /> }))}
      />
    </Card>
  );
}

function Reasons({ byReason }: { byReason: Record<string, number> }) {
  const { t, i18n } = useTranslation();
  const rows = reasonRows(byReason);
  if (!rows.length) return null;
  return (
    <Card size="small" title={t('policy.simulator.reasonsTitle')}>
      <Table
        size="small"
        pagination={false}
        rowKey="reason"
        dataSource={rows}
        columns={[
          { title: t('policy.simulator.reason'), key: 'reason', render: (_, r) => labelOr(t, `policy.simulator.reasons.${r.reason}`, r.reason) },
          { title: t('policy.simulator.ineligibleLoans'), key: 'loans', align: 'right', ...oneLine, render: (_, r) => formatCount(r.loans, i18n.language) },
        ]}
      />
    </Card>
  );
}
