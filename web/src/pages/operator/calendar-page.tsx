// Operator: the working-day calendar the decision deadlines count in. Each year comes from the
// bundled package or was loaded by the operator (usually each November, once the State Council
// publishes the next year's holidays); a banner names the years ahead not yet covered.
import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_FORMATS, listCalendarYears, loadCalendarYear, type CalendarFormat, type CalendarYear } from '../../api/calendar';
import { ApiError, type FieldProblem } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { FileProblems } from '../../components/file-problems';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { useAsync } from '../../lib/use-async';

interface Values {
  year: number;
  format: CalendarFormat;
  content: string;
}

const EXAMPLES: Record<CalendarFormat, string> = {
  json: '{ "year": 2027, "holidays": [{ "date": "2027-01-01", "name": "元旦" }], "workdays": [{ "date": "2027-02-07", "name": "春节调休" }] }',
  csv: 'date,kind,name\n2027-01-01,holiday,元旦\n2027-02-07,workday,春节调休',
};

function LoadYearModal({ year, onClose, onSaved }: { year: number | undefined; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [format, setFormat] = useState<CalendarFormat>('json');
  const L = { year: t('calendar.year'), format: t('calendar.format'), content: t('calendar.content') };
  const submit = async (v: Values) => {
    setProblems([]);
    try {
      await loadCalendarYear(v.year, { format: v.format, content: v.content });
    } catch (error) {
      // Problems inside the file are listed here; those naming a form field (year, format) go on it.
      if (error instanceof ApiError) setProblems(error.fields.filter((p) => !['year', 'format', 'content'].includes(p.field)));
      throw error;
    }
  };
  return (
    <FormModal<Values>
      title={t('calendar.loadTitle')}
      initialValues={{ year, format: 'json' }}
      onSubmit={submit}
      onClose={onClose}
      onSaved={onSaved}
      successText={t('calendar.loaded')}
      okText={t('calendar.load')}
      width={720}
      testId="calendar-form"
    >
      <Typography.Paragraph type="secondary">{t('calendar.formatHint')}</Typography.Paragraph>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
        <Form.Item name="year" label={L.year} rules={[{ required: true, message: t('validation.required', { field: L.year }) }]}>
          <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: '100%' }} data-testid="calendar-year" />
        </Form.Item>
        <Form.Item name="format" label={L.format} rules={[{ required: true, message: t('validation.required', { field: L.format }) }]}>
          <Select<CalendarFormat> options={CALENDAR_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))} onChange={setFormat} data-testid="calendar-format" />
        </Form.Item>
      </div>
      <FileProblems problems={problems} testId="calendar-problems" />
      <Form.Item name="content" label={L.content} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: L.content }) }]}>
        <Input.TextArea autoSize={{ minRows: 8, maxRows: 18 }} placeholder={EXAMPLES[format]} style={{ fontFamily: 'monospace' }} data-testid="calendar-content" />
      </Form.Item>
    </FormModal>
  );
}

export function CalendarPage() {
  const { t } = useTranslation();
  const years = useAsync((signal) => listCalendarYears(signal), []);
  const [loading, setLoading] = useState<{ year: number | undefined }>();
  const uncovered = years.data?.uncoveredAhead ?? [];

  const columns: TableColumnsType<CalendarYear> = [
    { title: t('calendar.year'), dataIndex: 'year', width: 100 },
    {
      title: t('calendar.source'),
      dataIndex: 'source',
      width: 160,
      render: (s: CalendarYear['source']) => <Tag color={s === 'operator' ? 'blue' : 'default'}>{t(`calendar.sources.${s}`)}</Tag>,
    },
    { title: t('calendar.holidays'), dataIndex: 'holidays', width: 140, align: 'right' },
    { title: t('calendar.workdays'), dataIndex: 'workdays', width: 160, align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, y) => (
        <Button type="link" size="small" onClick={() => setLoading({ year: y.year })}>
          {t('calendar.replace')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        description={t('calendar.description')}
        testId="calendar-title"
        extra={
          <Button type="primary" icon={<CalendarOutlined />} onClick={() => setLoading({ year: uncovered[0] })} data-testid="calendar-load">
            {t('calendar.loadTitle')}
          </Button>
        }
      />
      {years.error ? <ErrorAlert error={years.error} onRetry={years.reload} /> : null}
      {uncovered.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('calendar.uncovered', { years: uncovered.join(', ') })}
          description={t('calendar.uncoveredHint')}
          data-testid="calendar-uncovered"
        />
      ) : null}
      <Card>
        <Table<CalendarYear>
          rowKey="year"
          size="small"
          columns={columns}
          dataSource={[...(years.data?.years ?? [])].sort((a, b) => b.year - a.year)}
          loading={years.loading}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('calendar.empty') }}
          scroll={{ x: 680 }}
          data-testid="calendar-years"
        />
      </Card>
      {loading ? <LoadYearModal year={loading.year} onClose={() => setLoading(undefined)} onSaved={years.reload} /> : null}
    </>
  );
}
