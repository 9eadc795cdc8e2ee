// "导出 / Export": the list as .xlsx with the filters it shows, headers in the user's language.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExport } from '../api/homes';
import { errorMessage } from '../lib/api-errors';

interface ExportButtonProps {
  /** The export's API path, e.g. /loans/export.xlsx. */
  path: string;
  /** The list's current filters (paging is left out). */
  query?: Record<string, string | number | boolean | undefined | null>;
  testId?: string;
  /** The button's words when a page has more than one export ("导出排行"); "导出" otherwise. */
  label?: string;
}

export function ExportButton({ path, query = {}, testId = 'export-button', label }: ExportButtonProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const filters = Object.fromEntries(Object.entries(query).filter(([k]) => k !== 'page' && k !== 'pageSize'));
  const run = async () => {
    setBusy(true);
    try {
      await downloadExport(path, { ...filters, lang: i18n.language });
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid={testId}>
      {label ?? t('homes.export')}
    </Button>
  );
}
