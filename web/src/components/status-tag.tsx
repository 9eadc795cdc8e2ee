import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusColor, statusLabel } from './status-label';

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={statusColor(status)}>{statusLabel(t, status)}</Tag>;
}
