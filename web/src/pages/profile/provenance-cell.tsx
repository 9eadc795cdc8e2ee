// Where a row came from and when: "企业填报 · 2024-05-01", with the last update on hover.
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Provenance } from '../../api/profile';
import { formatDateTime } from '../../lib/format';
import { sourceLabel } from '../../lib/labels';

export function ProvenanceCell({ row }: { row: Provenance }) {
  const { t, i18n } = useTranslation();
  if (!row.source) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const text = t('profile.provenanceAt', { source: sourceLabel(t, row.source), date: row.sourceDate ?? t('common.none') });
  const body = (
    <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="provenance">
      {text}
    </Typography.Text>
  );
  return row.updatedAt ? <Tooltip title={t('profile.updatedAt', { at: formatDateTime(row.updatedAt, i18n.language) })}>{body}</Tooltip> : body;
}
