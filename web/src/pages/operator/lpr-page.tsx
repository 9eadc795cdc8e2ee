// Operator: the LPR fixings loans are priced on, newest first, where each came from (built-in
// history, loaded, or demo-labelled), and a banner when a month's fixing is due and not loaded
// (disbursements after its due day are refused until it is).
import { FundOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldProblem } from '../../api/client';
import { listLprFixings, loadLprFixings, LPR_FORMATS, lprPercent, type LprFormat, type LprView } from '../../api/lpr';
import { ErrorAlert } from '../../components/error-alert';
import { FileProblems } from '../../components/file-problems';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

interface Values {
  format: LprFormat;
  content: string;
}

type Row = LprView['fixings'][number];

const EXAMPLES: Record<LprFormat, string> = {
  csv: 'date,one_year,five_year\n2026-12-21,3.00,3.50',
  json: '[{ "date": "2026-12-21", "oneYear": "3.00", "fiveYear": "3.50" }]',
};
const SOURCE_COLOURS: Record<Row['source'], string> = { built_in: 'default', operator: 'blue', demo: 'orange' };

function LoadModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [format, setFormat] = useState<LprFormat>('csv');
  const L = { format: t('lpr.format'), content: t('lpr.content') };
  const submit = async (v: Values) => {
    setProblems([]);
    try {
      await loadLprFixings({ format: v.format, content: v.content });
    } catch (error) {
      if (error instanceof ApiError) setProblems(error.fields.filter((p) => !['format'].includes(p.field)));
      throw error;
    }
  };
  return (
    <FormModal<Values> title={t('lpr.loadTitle')} initialValues={{ format: 'csv' }} onSubmit={submit} onClose={onClose} onSaved={onSaved} successText={t('lpr.loaded')} okText={t('lpr.load')} width={720} testId="lpr-form">
      <Typography.Paragraph type="secondary">{t('lpr.formatHint')}</Typography.Paragraph>
      <Form.Item name="format" label={L.format} rules={[{ required: true, message: t('validation.required', { field: L.format }) }]}>
        <Select<LprFormat> options={LPR_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))} onChange={setFormat} data-testid="lpr-format" />
      </Form.Item>
      <FileProblems problems={problems} testId="lpr-problems" />
      <Form.Item name="content" label={L.content} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: L.content }) }]}>
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 18 }} placeholder={EXAMPLES[format]} style={{ fontFamily: 'monospace' }} data-testid="lpr-content" />
      </Form.Item>
    </FormModal>
  );
}

export function LprPage() {
  const { t, i18n } = useTranslation();
  const view = useAsync((signal) => listLprFixings(signal), []);
  const [loading, setLoading] = useState(false);
  const data = view.data;

  const columns: TableColumnsType<Row> = [
    { title: t('lpr.month'), dataIndex: 'month', width: 110 },
    { title: t('lpr.date'), dataIndex: 'date', width: 130 },
    { title: t('lpr.oneYear'), dataIndex: 'oneYear', width: 110, align: 'right', render: (r: string) => lprPercent(r) },
    { title: t('lpr.fiveYear'), dataIndex: 'fiveYear', width: 130, align: 'right', render: (r: string) => lprPercent(r) },
    { title: t('lpr.source'), dataIndex: 'source', width: 200, render: (s: Row['source']) => <Tag color={SOURCE_COLOURS[s]}>{t(`lpr.sources.${s}`)}</Tag> },
    { title: t('lpr.loadedAt'), dataIndex: 'loadedAt', width: 180, render: (at: string) => formatDateTime(at, i18n.language) },
  ];

  return (
    <>
      <PageHeader
        title={t('lpr.title')}
        description={t('lpr.description')}
        testId="lpr-title"
        extra={
          <Button type="primary" icon={<FundOutlined />} onClick={() => setLoading(true)} data-testid="lpr-load">
            {t('lpr.loadTitle')}
          </Button>
        }
      />
      {view.error ? <ErrorAlert error={view.error} onRetry={view.reload} /> : null}
      {data?.outOfDate ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('lpr.outOfDate', { months: data.missing.map((m) => `${m.month} (${m.dueOn})`).join(', ') || '—' })}
          description={t('lpr.outOfDateHint')}
          data-testid="lpr-out-of-date"
        />
      ) : data?.next ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('lpr.next', { month: data.next.month, dueOn: data.next.dueOn })} data-testid="lpr-next" />
      ) : null}
      <Card>
        <Table<Row>
          rowKey="month"
          size="small"
          columns={columns}
          dataSource={data?.fixings ?? []}
          loading={view.loading}
          pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('lpr.empty') }}
          scroll={{ x: 860 }}
          data-testid="lpr-fixings"
        />
      </Card>
      {loading ? <LoadModal onClose={() => setLoading(false)} onSaved={view.reload} /> : null}
    </>
  );
}
