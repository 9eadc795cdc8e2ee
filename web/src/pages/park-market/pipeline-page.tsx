// Park administrator: the park's financing pipeline — applications made, approved and disbursed, by
// count and amount, as a funnel, with the needs posted and how many were taken up beside it (a need
// is no stage of the funnel: many applications come without one) — and the institutions' league table: how many applications each
// received and decided, how often it approves, how fast it answers, whether on time, and how often
// it takes up needs.
import { Card, Empty, Flex, Progress, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { Col, Row } from '../../components/grid';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getLeague, getPipeline, type LeagueRow, type Pipeline } from '../../api/pipeline';
import { useMe } from '../../auth/auth-context';
import { Chart, CHART_BLUE } from '../../components/charts/chart';
import { ErrorAlert } from '../../components/error-alert';
import { ExportButton } from '../../components/export-button';
import { PageHeader } from '../../components/page-header';
import { ParkSelect } from '../../components/park-select';
import { formatCount } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { useUrlChoice } from '../../lib/url-filters';
import { useAsync } from '../../lib/use-async';
import { formatShare } from '../../lib/workflow-format';

/** The funnel proper: each stage a part of the one before. Needs are drawn beside it, not in it. */
const FUNNEL_STAGES = ['applications', 'approved', 'disbursed'] as const satisfies readonly (keyof Pipeline)[];
type FunnelStage = (typeof FUNNEL_STAGES)[number];
const FUNNEL_COLORS: Record<FunnelStage, string> = { applications: CHART_BLUE, approved: '#3b7dd8', disbursed: '#2f8f4e' };

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function funnelOption(t: TFunction, pipeline: Pipeline) {
  return {
    tooltip: { trigger: 'item', formatter: (p: { name: string; data: { count: number; amountFen: number } }) => `${p.name}<br/>${p.data.count} · ${formatMoney(t, p.data.amountFen)}` },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        min: 0,
        max: Math.max(1, pipeline.applications.count),
        minSize: '8%',
        left: '8%',
        width: '84%',
        gap: 4,
        label: { show: true, position: 'inside', color: '#fff', textBorderWidth: 0, formatter: (p: { name: string; data: { count: number } }) => `${p.name}  ${p.data.count}` },
        data: FUNNEL_STAGES.map((stage) => ({
          name: t(`pipeline.stages.${stage}`),
          value: pipeline[stage].count,
          count: pipeline[stage].count,
          amountFen: pipeline[stage].amountFen,
          itemStyle: { color: FUNNEL_COLORS[stage] },
        })),
      },
    ],
  };
}

function Funnel({ pipeline }: { pipeline: Pipeline }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => funnelOption(t, pipeline), [t, pipeline]);
  return (
    <Row gutter={[16, 16]} align="middle">
      <Col xs={24} xl={15}>
        <Chart option={option} height={260} ariaLabel={t('pipeline.funnel')} testId="pipeline-funnel" />
      </Col>
      <Col xs={24} xl={9}>
        <Flex vertical gap={16}>
          {FUNNEL_STAGES.map((stage, i) => {
            const before = i > 0 ? pipeline[FUNNEL_STAGES[i - 1]!].count : null;
            return (
              <div key={stage} data-testid={`pipeline-${stage}`} data-count={pipeline[stage].count}>
                <Statistic title={t(`pipeline.stages.${stage}`)} value={formatCount(pipeline[stage].count, i18n.language)} />
                <Typography.Text type="secondary">
                  {formatMoney(t, pipeline[stage].amountFen)}
                  {before !== null ? ` · ${t('pipeline.ofPrevious', { share: formatShare(share(pipeline[stage].count, before)) })}` : ''}
                </Typography.Text>
              </div>
            );
          })}
        </Flex>
      </Col>
    </Row>
  );
}

/** The needs posted and how many an institution took up: a figure of its own beside the funnel. */
function NeedsTakeUp({ pipeline }: { pipeline: Pipeline }) {
  const { t, i18n } = useTranslation();
  const { needs, needsTakenUp } = pipeline;
  const taken = share(needsTakenUp.count, needs.count);
  return (
    <Flex vertical gap={16}>
      <div data-testid="pipeline-needs" data-count={needs.count}>
        <Statistic title={t('pipeline.needs.posted')} value={formatCount(needs.count, i18n.language)} />
        <Typography.Text type="secondary">{formatMoney(t, needs.amountFen)}</Typography.Text>
      </div>
      <div data-testid="pipeline-needs-taken-up" data-count={needsTakenUp.count}>
        <Statistic title={t('pipeline.needs.takenUp')} value={formatCount(needsTakenUp.count, i18n.language)} />
        <Progress percent={Math.round((taken ?? 0) * 100)} showInfo={false} strokeColor="#2f8f4e" aria-label={t('pipeline.needs.share', { share: formatShare(taken) })} />
        <Typography.Text type="secondary">{t('pipeline.needs.share', { share: formatShare(taken, t('common.none')) })}</Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('pipeline.needs.note')}
      </Typography.Text>
    </Flex>
  );
}

function leagueColumns(t: TFunction, language: string): TableColumnsType<LeagueRow> {
  const none = t('common.none');
  const count = (n: number) => formatCount(n, language);
  return [
    { title: t('pipeline.league.institution'), dataIndex: 'name', width: 220, fixed: 'left' },
    { title: t('pipeline.league.received'), dataIndex: 'received', width: 100, align: 'right', render: count, sorter: (a, b) => a.received - b.received },
    { title: t('pipeline.league.decided'), dataIndex: 'decided', width: 100, align: 'right', render: count },
    {
      title: t('pipeline.league.approvalRate'),
      dataIndex: 'approvalRate',
      width: 110,
      align: 'right',
      render: (v: number | null) => formatShare(v, none),
      sorter: (a, b) => (a.approvalRate ?? -1) - (b.approvalRate ?? -1),
    },
    {
      title: t('pipeline.league.medianResponse'),
      dataIndex: 'medianResponseWorkingDays',
      width: 150,
      align: 'right',
      render: (v: number | null) => (v === null ? none : t('market.turnaroundValue', { count: Number(v.toFixed(1)) })),
      sorter: (a, b) => (a.medianResponseWorkingDays ?? Infinity) - (b.medianResponseWorkingDays ?? Infinity),
    },
    {
      title: t('pipeline.league.onTimeRate'),
      dataIndex: 'onTimeRate',
      width: 110,
      align: 'right',
      render: (v: number | null) => formatShare(v, none),
      sorter: (a, b) => (a.onTimeRate ?? -1) - (b.onTimeRate ?? -1),
    },
    {
      title: t('pipeline.league.missed'),
      dataIndex: 'missedDeadlines',
      width: 110,
      align: 'right',
      render: (n: number) => (n > 0 ? <Typography.Text type="danger">{count(n)}</Typography.Text> : count(n)),
      sorter: (a, b) => a.missedDeadlines - b.missedDeadlines,
    },
    {
      title: t('pipeline.league.takeUpRate'),
      dataIndex: 'takeUpRate',
      width: 120,
      align: 'right',
      render: (v: number | null) => formatShare(v, none),
      sorter: (a, b) => (a.takeUpRate ?? -1) - (b.takeUpRate ?? -1),
    },
  ];
}

/** One park's figures, or those of every park the administrator runs when none is chosen. */
function ParkPipeline({ parkId }: { parkId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const pipeline = useAsync((signal) => getPipeline(parkId, signal), [parkId]);
  const league = useAsync((signal) => getLeague(parkId, signal), [parkId]);
  return (
    <>
      {pipeline.error ? <ErrorAlert error={pipeline.error} onRetry={pipeline.reload} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={16}>
          <Card title={t('pipeline.funnel')} loading={pipeline.loading && !pipeline.data} style={{ height: '100%' }}>
            {pipeline.data ? <Funnel pipeline={pipeline.data} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('pipeline.needs.title')} loading={pipeline.loading && !pipeline.data} style={{ height: '100%' }}>
            {pipeline.data ? <NeedsTakeUp pipeline={pipeline.data} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          </Card>
        </Col>
      </Row>
      {league.error ? <ErrorAlert error={league.error} onRetry={league.reload} /> : null}
      <Card title={t('pipeline.league.title')}>
        <Typography.Paragraph type="secondary">{t('pipeline.league.note')}</Typography.Paragraph>
        <Table<LeagueRow>
          rowKey="institutionId"
          size="small"
          columns={leagueColumns(t, i18n.language)}
          dataSource={league.data?.items ?? []}
          loading={league.loading}
          pagination={false}
          locale={{ emptyText: t('pipeline.league.empty') }}
          scroll={{ x: 1020 }}
          tableLayout="fixed"
          data-testid="league-table"
        />
      </Card>
    </>
  );
}

export function PipelinePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [parkId, setParkId] = useUrlChoice('parkId', me.parkScope.parks[0]?.id);
  return (
    <>
      <PageHeader
        title={t('pipeline.title')}
        description={t('pipeline.description')}
        testId="pipeline-title"
        extra={
          <Flex gap={8}>
            <ExportButton path="/workflow/pipeline/export.xlsx" query={{ parkId }} testId="export-pipeline" label={t('pipeline.exportFunnel')} />
            <ExportButton path="/workflow/league/export.xlsx" query={{ parkId }} testId="export-league" label={t('pipeline.exportLeague')} />
            <ParkSelect value={parkId} onChange={setParkId} allowClear placeholder={t('pipeline.park')} style={{ width: 240 }} testId="pipeline-park" />
          </Flex>
        }
      />
      <ParkPipeline key={parkId ?? 'all'} parkId={parkId} />
    </>
  );
}
