// Operator: full matching runs (nightly and on demand): start one now and follow it until it ends.
import { ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMatchRuns, startMatchRun, type MatchRun, type MatchRunStatus } from '../../api/matching';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { errorMessage } from '../../lib/api-errors';
import { formatCount, formatDateTime } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { useAsync } from '../../lib/use-async';

export const RUN_POLL_MS = 2000;
const STATUS_COLORS: Record<MatchRunStatus, string> = { running: 'processing', done: 'green', failed: 'red' };

export function MatchRunsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const runs = useAsync((signal) => listMatchRuns(signal), []);
  const [starting, setStarting] = useState(false);
  const items = runs.data?.items ?? [];
  const running = items.some((r) => r.status === 'running');
  const { reload, loading } = runs;

  useEffect(() => {
    if (!running || loading) return undefined;
    const timer = window.setTimeout(reload, RUN_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [running, loading, reload]);

  const start = async () => {
    setStarting(true);
    try {
      await startMatchRun();
      message.success(t('matchRuns.started'));
      reload();
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setStarting(false);
    }
  };

  const language = i18n.language;
  const columns: TableColumnsType<MatchRun> = [
    { title: t('matchRuns.startedAt'), dataIndex: 'startedAt', width: 160, render: (v: string) => formatDateTime(v, language) },
    { title: t('matchRuns.trigger'), dataIndex: 'trigger', width: 110, render: (v: string) => labelOr(t, `matchRuns.triggers.${v}`, v) },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: MatchRunStatus, r) => (
        <Tag color={STATUS_COLORS[s]} title={r.error ?? undefined} data-testid="run-status">
          {t(`matchRuns.statuses.${s}`)}
        </Tag>
      ),
    },
    { title: t('matchRuns.enterprises'), dataIndex: 'enterprises', width: 110, align: 'right', render: (n: number) => formatCount(n, language) },
    { title: t('matchRuns.products'), dataIndex: 'products', width: 90, align: 'right', render: (n: number) => formatCount(n, language) },
    { title: t('matchRuns.eligiblePairs'), dataIndex: 'eligiblePairs', width: 130, align: 'right', render: (n: number) => formatCount(n, language) },
    { title: t('matchRuns.seconds'), dataIndex: 'seconds', width: 90, align: 'right', render: (s: number | null) => (s === null ? t('common.none') : s.toFixed(1)) },
    { title: t('matchRuns.finishedAt'), dataIndex: 'finishedAt', width: 160, render: (v: string | null) => formatDateTime(v, language) },
  ];

  return (
    <>
      <PageHeader
        title={t('matchRuns.title')}
        description={t('matchRuns.description')}
        testId="match-runs-title"
        extra={
          <Popconfirm title={t('matchRuns.confirm')} okText={t('matchRuns.run')} cancelText={t('common.cancel')} onConfirm={start} disabled={running}>
            <Button type="primary" icon={<ThunderboltOutlined />} loading={starting} disabled={running} data-testid="run-match">
              {running ? t('matchRuns.running') : t('matchRuns.run')}
            </Button>
          </Popconfirm>
        }
      />
      {runs.error ? <ErrorAlert error={runs.error} onRetry={reload} /> : null}
      <Card>
        <Typography.Paragraph type="secondary">{t('matchRuns.note')}</Typography.Paragraph>
        <Table<MatchRun>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={loading && !runs.data}
          pagination={false}
          locale={{ emptyText: t('matchRuns.empty') }}
          scroll={{ x: 950 }}
          data-testid="match-runs-table"
        />
      </Card>
    </>
  );
}
