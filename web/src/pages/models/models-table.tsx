// Model versions: kind, status, when made and activated; activate one, run one in shadow beside the
// active model, compare a shadow one with it, or open its backtest.
import { App, Button, Flex, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activateModel, shadowModel, type ModelVersion } from '../../api/rating';
import { errorMessage } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/format';
import { ModelKindTag, ModelStatusTag } from './model-tags';

interface ModelsTableProps {
  models: ModelVersion[];
  loading: boolean;
  onChanged: () => void;
  onOpen: (model: ModelVersion) => void;
  onCompare: (model: ModelVersion) => void;
}

interface ConfirmedActionProps {
  run: () => Promise<unknown>;
  success: string;
  title: string;
  description: ReactNode;
  label: string;
  testId: string;
  onDone: () => void;
}

/** A link button that asks first, runs, and shows the server's reason when it refuses. */
function ConfirmedAction({ run, success, title, description, label, testId, onDone }: ConfirmedActionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await run();
      message.success(success);
      onDone();
    } catch (error) {
      // A 400/409 says why, e.g. the feature set does not match the platform's catalogue.
      message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm title={title} description={description} okText={label} cancelText={t('common.cancel')} okButtonProps={{ loading: busy }} onConfirm={confirm}>
      <Button type="link" size="small" loading={busy} data-testid={testId}>
        {label}
      </Button>
    </Popconfirm>
  );
}

function ShadowButton({ model, onDone }: { model: ModelVersion; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmedAction
      run={() => shadowModel(model.id)}
      success={t('models.shadow.started', { version: model.version })}
      title={t('models.shadow.confirm', { version: model.version })}
      description={<div style={{ maxWidth: 320 }}>{t('models.shadow.detail')}</div>}
      label={t('models.shadow.run')}
      testId="shadow-model"
      onDone={onDone}
    />
  );
}

function ActivateButton({ model, onDone }: { model: ModelVersion; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmedAction
      run={() => activateModel(model.id)}
      success={t('models.table.activated', { version: model.version })}
      title={t('models.table.activateConfirm', { version: model.version })}
      description={t('models.table.activateDetail')}
      label={t('models.table.activate')}
      testId="activate-model"
      onDone={onDone}
    />
  );
}

export function ModelsTable({ models, loading, onChanged, onOpen, onCompare }: ModelsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns: TableColumnsType<ModelVersion> = [
    { title: t('models.table.version'), dataIndex: 'version', render: (v: string) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{v}</Typography.Text> },
    { title: t('models.table.kind'), dataIndex: 'kind', width: 120, render: (k: ModelVersion['kind']) => <ModelKindTag kind={k} /> },
    { title: t('common.status'), dataIndex: 'status', width: 100, render: (s: ModelVersion['status']) => <ModelStatusTag status={s} /> },
    {
      title: 'AUC',
      key: 'auc',
      width: 80,
      align: 'right',
      render: (_, m) => (typeof m.metrics.auc === 'number' ? m.metrics.auc.toFixed(3) : t('common.none')),
    },
    { title: t('models.table.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v, language) },
    { title: t('models.table.activatedAt'), dataIndex: 'activatedAt', width: 150, render: (v: string | null) => formatDateTime(v, language) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 250,
      render: (_, m) => (
        <Flex gap={0} wrap>
          <Button type="link" size="small" onClick={() => onOpen(m)} data-testid="model-details">
            {t('models.table.details')}
          </Button>
          {m.status === 'shadow' ? (
            <Button type="link" size="small" onClick={() => onCompare(m)} data-testid="compare-model">
              {t('models.compare.action')}
            </Button>
          ) : null}
          {m.status === 'draft' || m.status === 'retired' ? <ShadowButton model={m} onDone={onChanged} /> : null}
          {m.status === 'active' ? null : <ActivateButton model={m} onDone={onChanged} />}
        </Flex>
      ),
    },
  ];
  return (
    <Table<ModelVersion>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={models}
      loading={loading}
      pagination={false}
      scroll={{ x: 960 }}
      data-testid="models-table"
    />
  );
}
