// Step 3 of an import: what happened, and every problem by row and column.
import { useState } from 'react';
import { Alert, Button, Flex, Select, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Col, Row } from '../../components/grid';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportResult, ImportRowError, ImportStatus } from '../../api/imports';
import { apiErrorLanguage, problemMessage } from '../../lib/api-errors';
import { labelOr } from '../../lib/labels';

export const IMPORT_STATUS_COLORS: Record<ImportStatus, string> = { imported: 'green', rejected: 'red', dry_run: 'blue' };
const ALERT_TYPES = { imported: 'success', rejected: 'error', dry_run: 'info' } as const;

/** The server names columns by the file's header, or by key (creditCode) for a column the file lacks: say the field's name then, never the key. */
const columnLabel = (t: TFunction, key: string) =>
  labelOr(t, `profile.fields.${key}`, labelOr(t, `enterprises.${key.replace(/Fen$/, '')}`, key));

/** A row problem as the server now sends it: its code and parameters beside the English message (older records have the message only). */
type RowProblem = ImportRowError & { code?: string; params?: Record<string, unknown> };

export function ImportReport({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const language = apiErrorLanguage(i18n.resolvedLanguage ?? i18n.language);
  const [column, setColumn] = useState<string>();
  const columnsWithErrors = [...new Set(result.errors.map((e) => e.column))].sort();
  const shown = column === undefined ? result.errors : result.errors.filter((e) => e.column === column);
  const alertType = result.status === 'imported' && result.errors.length > 0 ? 'warning' : ALERT_TYPES[result.status];

  const columns: TableColumnsType<ImportRowError> = [
    { title: t('imports.errorRow'), dataIndex: 'row', width: 90, sorter: (a, b) => a.row - b.row, render: (row: number) => <span data-testid="import-error-row">{row}</span> },
    {
      title: t('imports.errorColumn'),
      dataIndex: 'column',
      width: 260,
      render: (key: string) => {
        const label = columnLabel(t, key);
        return (
          <span data-testid="import-error-column">{label}</span>
        );
      },
    },
    { title: t('imports.errorMessage'), key: 'message', render: (_, e: RowProblem) => <span style={{ overflowWrap: 'anywhere' }} data-testid="import-error-message">{problemMessage(e, language)}</span> },
  ];

  return (
    <Flex vertical gap={16} data-testid="import-report">
      <Alert
        type={alertType}
        showIcon
        message={
          <Flex gap={8} align="center">
            {t(`imports.resultTitles.${result.status}`)}
            <Tag color={IMPORT_STATUS_COLORS[result.status]} data-testid="import-status">
              {t(`imports.statuses.${result.status}`)}
            </Tag>
          </Flex>
        }
        description={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('imports.fileHash')}: <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12 }}>{result.fileSha256}</Typography.Text>
          </Typography.Text>
        }
      />
      <Row gutter={16}>
        {(['rows', 'valid', 'imported', 'changed'] as const).map((key) => (
          <Col key={key} xs={12} md={6}>
            <Statistic title={t(`imports.counts.${key}`)} value={result[key]} valueStyle={key === 'valid' && result.valid < result.rows ? { color: '#cf1322' } : undefined} />
          </Col>
        ))}
      </Row>
      {result.errors.length === 0 ? (
        <Alert type="success" showIcon message={t('imports.noErrors')} />
      ) : (
        <div>
          <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('imports.errors')}{' '}
              <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 14 }}>
                {t('imports.errorsCount', { count: result.errors.length })}
              </Typography.Text>
            </Typography.Title>
            <Select
              allowClear
              placeholder={t('imports.columnFilter')}
              aria-label={t('imports.columnFilter')}
              style={{ width: 240 }}
              value={column}
              onChange={setColumn}
              options={columnsWithErrors.map((c) => ({ value: c, label: columnLabel(t, c) }))}
              data-testid="import-error-filter"
            />
          </Flex>
          <Table<ImportRowError>
            rowKey={(e) => `${e.row}|${e.column}|${e.message}`}
            size="small"
            columns={columns}
            dataSource={shown}
            pagination={{ pageSize: 10, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showTotal: (count) => t('common.total', { count }) }}
            data-testid="import-errors"
          />
        </div>
      )}
      <Flex justify="flex-end">
        <Button type="primary" onClick={onAgain} data-testid="import-again">
          {t('imports.again')}
        </Button>
      </Flex>
    </Flex>
  );
}
