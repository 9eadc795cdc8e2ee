import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { active: 'green', deactivated: 'default', pending: 'gold', closed: 'default' };

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status === 'active' || status === 'deactivated' || status === 'pending' || status === 'closed';
  return <Tag color={COLORS[status] ?? 'default'}>{known ? t(`statuses.${status}`) : status}</Tag>;
}
