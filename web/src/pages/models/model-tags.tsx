// A model's kind and status as tags.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelKind, ModelStatus } from '../../api/rating';

const STATUS_COLORS: Record<ModelStatus, string> = { draft: 'default', shadow: 'purple', active: 'green', retired: 'red' };
const KIND_COLORS: Record<ModelKind, string> = { expert: 'blue', scorecard: 'cyan', gbdt: 'geekblue' };

export function ModelStatusTag({ status }: { status: ModelStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="model-status">
      {t(`models.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}

export function ModelKindTag({ kind }: { kind: ModelKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind] ?? 'default'}>{t(`models.kinds.${kind}`, { defaultValue: kind })}</Tag>;
}
