// Train candidate models from a CSV, then read their backtest: metrics, ROC and calibration per model.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Radio, Tabs, Typography, Upload } from 'antd';
import { Col, Row } from '../../components/grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trainModels, TRAINING_KINDS, type TrainKind, type TrainResult } from '../../api/rating';
import { applyFieldErrors, errorMessage } from '../../lib/api-errors';
import { BacktestCharts, MetricsTable } from './model-metrics';
import { ModelKindTag } from './model-tags';

interface TrainValues {
  label: string;
  positive?: string;
  kind: TrainKind;
  holdout: number;
  seed: number;
}

export function TrainCard({ onTrained }: { onTrained: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TrainValues>();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TrainResult>();

  const submit = async (values: TrainValues) => {
    if (!file) {
      message.warning(t('models.train.noFile'));
      return;
    }
    setBusy(true);
    try {
      const trained = await trainModels({ ...values, positive: values.positive?.trim() || undefined, file });
      setResult(trained);
      message.success(t('models.train.trained', { count: trained.models.length }));
      onTrained();
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('models.train.title')} style={{ marginBottom: 16 }} data-testid="train-card">
      <Typography.Paragraph type="secondary">{t('models.train.description')}</Typography.Paragraph>
      <Form<TrainValues> form={form} layout="vertical" initialValues={{ kind: 'both', holdout: 0.3, seed: 42 }} onFinish={submit} requiredMark="optional">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('models.train.file')} required extra={t('models.train.fileHint')}>
              <Upload
                accept=".csv,text/csv"
                maxCount={1}
                beforeUpload={(f) => {
                  setFile(f);
                  return false;
                }}
                onRemove={() => setFile(undefined)}
                fileList={file ? [{ uid: 'csv', name: file.name, status: 'done' }] : []}
              >
                <Button icon={<UploadOutlined />} data-testid="train-file">
                  {t('models.train.choose')}
                </Button>
              </Upload>
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="label" label={t('models.train.label')} extra={t('models.train.labelHint')} rules={[{ required: true, whitespace: true, message: t('models.train.labelRequired') }]}>
              <Input placeholder="default" data-testid="train-label" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="positive" label={t('models.train.positive')} extra={t('models.train.positiveHint')}>
              <Input placeholder="1" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('models.train.kind')}>
              <Radio.Group optionType="button" options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`models.train.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="holdout" label={t('models.train.holdout')} extra={t('models.train.holdoutHint')}>
              <InputNumber min={0.05} max={0.85} step={0.05} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="seed" label={t('models.train.seed')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="train-submit">
          {t('models.train.submit')}
        </Button>
      </Form>
      {result ? (
        <div style={{ marginTop: 24 }} data-testid="train-result">
          <Typography.Title level={5}>{t('models.train.result', { rows: result.rows, positives: result.positives })}</Typography.Title>
          <MetricsTable models={result.models} />
          <Tabs
            style={{ marginTop: 16 }}
            items={result.models.map((m) => ({ key: m.id, label: <ModelKindTag kind={m.kind} />, children: <BacktestCharts metrics={m} /> }))}
          />
        </div>
      ) : null}
    </Card>
  );
}
