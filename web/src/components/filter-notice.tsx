// The filters a list was opened with from a home figure, shown as tags the user may clear.
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ActiveFilter {
  key: string;
  label: string;
  onClear: () => void;
}

export function FilterNotice({ filters }: { filters: ActiveFilter[] }) {
  const { t } = useTranslation();
  if (!filters.length) return null;
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="filter-notice">
      <Typography.Text type="secondary">{t('homes.filteredBy')}</Typography.Text>
      {filters.map((f) => (
        <Tag key={f.key} color="blue" closable closeIcon onClose={f.onClear} data-testid={`filter-${f.key}`}>
          {f.label}
        </Tag>
      ))}
    </Space>
  );
}
