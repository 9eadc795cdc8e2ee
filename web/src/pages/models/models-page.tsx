// Operator: the rating models — versions and which one is active, the grades it gives today,
// re-rating everyone, and training new candidates from a CSV.
import { Card, Empty } from 'antd';
import { Col, Row } from '../../components/grid';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listModels, type ModelVersion } from '../../api/rating';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { useAsync } from '../../lib/use-async';
import { GradeDistribution } from './model-charts';
import { ComparisonDrawer } from './comparison-drawer';
import { ModelDetailDrawer } from './model-detail-drawer';
import { ModelsTable } from './models-table';
import { RerateCard } from './rerate-card';
import { TrainCard } from './train-card';

export function ModelsPage() {
  const { t } = useTranslation();
  const models = useAsync((signal) => listModels(signal), []);
  const [open, setOpen] = useState<ModelVersion | null>(null);
  const [comparing, setComparing] = useState<ModelVersion | null>(null);
  const reload = models.reload;
  const onFinished = useCallback(() => reload(), [reload]);
  const grades = models.data?.grades ?? [];

  return (
    <>
      <PageHeader title={t('models.title')} description={t('models.description')} testId="models-title" />
      {models.error ? <ErrorAlert error={models.error} onRetry={reload} /> : null}
      <Card title={t('models.table.title')} style={{ marginBottom: 16 }}>
        <ModelsTable models={models.data?.items ?? []} loading={models.loading} onChanged={reload} onOpen={setOpen} onCompare={setComparing} />
      </Card>
      <Row gutter={[16, 0]}>
        <Col xs={24} xl={10}>
          <RerateCard onFinished={onFinished} />
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('models.grades.title')} style={{ marginBottom: 16 }} loading={models.loading && !models.data}>
            {grades.length ? <GradeDistribution grades={grades} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('models.grades.empty')} />}
          </Card>
        </Col>
      </Row>
      <TrainCard onTrained={reload} />
      <ModelDetailDrawer model={open} onClose={() => setOpen(null)} />
      <ComparisonDrawer model={comparing} onClose={() => setComparing(null)} />
    </>
  );
}
