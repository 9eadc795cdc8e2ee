// One model version in a drawer: its metrics and, for a trained one, the backtest charts.
import { Descriptions, Drawer, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getModel, type ModelVersion } from '../../api/rating';
import { ErrorAlert } from '../../components/error-alert';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { BacktestCharts, MetricsSummary } from './model-metrics';
import { ModelKindTag, ModelStatusTag } from './model-tags';

function ModelDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const model = useAsync((signal) => getModel(id, signal), [id]);
  if (model.error) return <ErrorAlert error={model.error} onRetry={model.reload} />;
  if (!model.data) return <Skeleton active />;
  const m = model.data;
  return (
    <div data-testid="model-detail">
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('models.table.version')}>
          <Typography.Text code>{m.version}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('models.table.kind')}>
          <ModelKindTag kind={m.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <ModelStatusTag status={m.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('models.table.createdAt')}>{formatDateTime(m.createdAt, i18n.language)}</Descriptions.Item>
      </Descriptions>
      <MetricsSummary metrics={m.metrics} />
      <BacktestCharts metrics={m.metrics} />
    </div>
  );
}

export function ModelDetailDrawer({ model, onClose }: { model: ModelVersion | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={model !== null} onClose={onClose} width={880} title={t('models.detail.title')} destroyOnHidden>
      {model ? <ModelDetail id={model.id} /> : null}
    </Drawer>
  );
}
