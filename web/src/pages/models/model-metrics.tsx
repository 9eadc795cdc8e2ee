// A trained model's backtest: the metrics, its ROC curve and its calibration by grade.
import { Descriptions, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { Col, Row } from '../../components/grid';
import { useTranslation } from 'react-i18next';
import type { ModelMetrics, TrainedModel } from '../../api/rating';
import { CalibrationChart, RocChart } from './model-charts';
import { ModelKindTag } from './model-tags';

const fixed = (v: number | undefined, digits = 3) => (typeof v === 'number' ? v.toFixed(digits) : '—');

/** One row per trained model: AUC, KS, Gini, Brier and training time. */
export function MetricsTable({ models }: { models: TrainedModel[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TrainedModel> = [
    { title: t('models.table.kind'), dataIndex: 'kind', width: 120, render: (k: TrainedModel['kind']) => <ModelKindTag kind={k} /> },
    { title: t('models.table.version'), dataIndex: 'version', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: 'AUC', dataIndex: 'auc', align: 'right', render: (v?: number) => fixed(v) },
    { title: 'KS', dataIndex: 'ks', align: 'right', render: (v?: number) => fixed(v) },
    { title: 'Gini', dataIndex: 'gini', align: 'right', render: (v?: number) => fixed(v) },
    { title: 'Brier', dataIndex: 'brier', align: 'right', render: (v?: number) => fixed(v, 4) },
    { title: t('models.metrics.seconds'), dataIndex: 'train_seconds', align: 'right', render: (v?: number) => fixed(v, 2) },
  ];
  return <Table<TrainedModel> rowKey="id" size="small" columns={columns} dataSource={models} pagination={false} scroll={{ x: 640 }} data-testid="metrics-table" />;
}

/** The charts of one backtest; an expert model, which was never backtested here, says so. */
export function BacktestCharts({ metrics }: { metrics: ModelMetrics }) {
  const { t } = useTranslation();
  const roc = Array.isArray(metrics.roc) ? metrics.roc : [];
  const calibration = Array.isArray(metrics.calibration) ? metrics.calibration : [];
  if (roc.length === 0 && calibration.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('models.metrics.noBacktest')} />;
  }
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Typography.Text strong>{t('models.metrics.roc')}</Typography.Text>
        {roc.length ? <RocChart roc={roc} auc={metrics.auc} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Text strong>{t('models.metrics.calibration')}</Typography.Text>
        {calibration.length ? <CalibrationChart calibration={calibration} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      </Col>
    </Row>
  );
}

/** The headline numbers of a stored version's metrics. */
export function MetricsSummary({ metrics }: { metrics: ModelMetrics }) {
  const { t } = useTranslation();
  if (typeof metrics.auc !== 'number') return null;
  return (
    <Descriptions size="small" column={{ xs: 2, md: 4 }} style={{ marginBottom: 16 }}>
      <Descriptions.Item label="AUC">{fixed(metrics.auc)}</Descriptions.Item>
      <Descriptions.Item label="KS">{fixed(metrics.ks)}</Descriptions.Item>
      <Descriptions.Item label="Gini">{fixed(metrics.gini)}</Descriptions.Item>
      <Descriptions.Item label="Brier">{fixed(metrics.brier, 4)}</Descriptions.Item>
      <Descriptions.Item label={t('models.metrics.rows')}>{metrics.rows ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('models.metrics.positives')}>{metrics.positives ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('models.metrics.holdoutRows')}>{metrics.holdoutRows ?? '—'}</Descriptions.Item>
    </Descriptions>
  );
}
