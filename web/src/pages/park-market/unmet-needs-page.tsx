// Park administrator: open needs in a park that no product can serve yet, by industry and by stage,
// and the needs themselves: where the park should bring in more financing.
import { Card, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { Col, Row } from '../../components/grid';
import { useTranslation } from 'react-i18next';
import { getUnmetNeeds } from '../../api/matching';
import type { Need } from '../../api/needs';
import { useMe } from '../../auth/auth-context';
import { BarChart, type Bar } from '../../components/bar-chart';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { ParkSelect } from '../../components/park-select';
import { StatCard } from '../../components/stat-card';
import { industryLabel } from '../../lib/code-names';
import { labelOr } from '../../lib/labels';
import { formatMoney } from '../../lib/market-format';
import { useUrlChoice } from '../../lib/url-filters';
import { useAsync } from '../../lib/use-async';
import { firmColumns, needFirm } from '../market/firm-columns';
import { needColumns } from '../market/need-columns';

function ChartCard({ title, bars, testId }: { title: string; bars: Bar[]; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={title} style={{ height: '100%' }}>
      {bars.length ? (
        <BarChart bars={bars} ariaLabel={title} language={i18n.language} testId={testId} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('parkMarket.unmet.none')} />
      )}
    </Card>
  );
}

function UnmetNeeds({ parkCode }: { parkCode: string }) {
  const { t, i18n } = useTranslation();
  const unmet = useAsync((signal) => getUnmetNeeds(parkCode, signal), [parkCode]);
  const data = unmet.data;
  const amount = (fen: number) => t('parkMarket.unmet.amountDetail', { amount: formatMoney(t, fen) });
  const byIndustry: Bar[] = (data?.byIndustry ?? []).map((r) => ({ label: industryLabel(r.industryCode, i18n.language), value: r.count, detail: amount(r.amountFen) }));
  const byStage: Bar[] = (data?.byStage ?? []).map((r) => ({ label: labelOr(t, `rating.stages.${r.stage}`, r.stage), value: r.count, detail: amount(r.amountFen) }));
  const columns: TableColumnsType<Need> = [
    ...firmColumns(t, needFirm, ['name', 'industry', 'stage']),
    ...needColumns(t, i18n.language),
  ];
  return (
    <>
      {unmet.error ? <ErrorAlert error={unmet.error} onRetry={unmet.reload} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={12}>
          <StatCard title={t('parkMarket.unmet.total')} value={data?.total} loading={unmet.loading} testId="unmet-total" />
        </Col>
        <Col xs={24} md={12}>
          <StatCard title={t('parkMarket.unmet.openNeeds')} value={data?.openNeeds} loading={unmet.loading} testId="unmet-open" />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('parkMarket.unmet.byIndustry')} bars={byIndustry} testId="unmet-by-industry" />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('parkMarket.unmet.byStage')} bars={byStage} testId="unmet-by-stage" />
        </Col>
      </Row>
      <Card title={t('parkMarket.unmet.items')}>
        <Table<Need>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={unmet.loading}
          pagination={false}
          locale={{ emptyText: t('parkMarket.unmet.none') }}
          scroll={{ x: 1090 }}
          tableLayout="fixed"
          data-testid="unmet-table"
        />
      </Card>
    </>
  );
}

export function UnmetNeedsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [parkCode, setParkCode] = useUrlChoice('park', me.parkScope.parks[0]?.code);
  return (
    <>
      <PageHeader
        title={t('parkMarket.unmet.title')}
        description={t('parkMarket.unmet.description')}
        testId="unmet-title"
        extra={<ParkSelect valueField="code" value={parkCode} onChange={setParkCode} placeholder={t('parkMarket.unmet.park')} style={{ width: 240 }} testId="unmet-park" />}
      />
      {parkCode ? (
        <UnmetNeeds key={parkCode} parkCode={parkCode} />
      ) : (
        <Flex justify="center">
          <Empty description={t('parkMarket.unmet.pickPark')} />
        </Flex>
      )}
    </>
  );
}
