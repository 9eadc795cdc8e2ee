// Operator: background jobs (sweeps, full matches, re-rating), newest first, with status and
// progress; refreshes while any is queued or running.
import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Progress, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { JOB_KINDS, JOB_STATUSES, listJobs, type Job, type JobQuery, type JobStatus } from '../../api/jobs';
import { EllipsisText } from '../../components/ellipsis-text';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { apiErrorLanguage } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { jobFailureText } from '../../lib/job-failure';

export const JOBS_POLL_MS = 2000;
const STATUS_COLORS: Record<JobStatus, string> = { queued: 'default', running: 'processing', succeeded: 'green', failed: 'red' };

function percent(job: Job): number {
  if (job.status === 'succeeded') return 100;
  return job.progress.total > 0 ? Math.floor((job.progress.done * 100) / job.progress.total) : 0;
}

/** Why a job failed in the operator's words; the exception's own message behind an icon, as the technical detail. */
function JobFailure({ job }: { job: Job }) {
  const { t, i18n } = useTranslation();
  const text = jobFailureText(job, apiErrorLanguage(i18n.language));
  if (text === null) return null;
  return (
    <Flex gap={4} align="center" style={{ minWidth: 0 }}>
      <EllipsisText text={text} type="danger" testId="job-error" />
      {job.error && job.error !== text ? (
        <Tooltip title={`${t('jobs.technicalDetail')}: ${job.error}`}>
          <InfoCircleOutlined aria-label={t('jobs.technicalDetail')} data-testid="job-error-detail" style={{ color: '#8c8c8c', flex: 'none' }} />
        </Tooltip>
      ) : null}
    </Flex>
  );
}

export function JobsPage() {
  const { t, i18n } = useTranslation();
  const list = usePagedList<Job, JobQuery>((q, signal) => listJobs({ ...q, status: oneOf(q.status, JOB_STATUSES) }, signal), {}, 20, [], { inUrl: { kind: 'string', status: 'string' } });
  const active = (list.data?.items ?? []).some((j) => j.status === 'queued' || j.status === 'running');
  const { reload, loading } = list;

  useEffect(() => {
    if (!active || loading) return undefined;
    const timer = window.setTimeout(reload, JOBS_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [active, loading, reload]);

  const language = i18n.language;
  const columns: TableColumnsType<Job> = [
    { title: t('jobs.createdAt'), dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v, language) },
    { title: t('jobs.kind'), dataIndex: 'kind', width: 150, render: (v: string) => labelOr(t, `jobs.kinds.${v.replace('.', '_')}`, v) },
    { title: t('jobs.trigger'), dataIndex: 'trigger', width: 90, render: (v: string) => labelOr(t, `jobs.triggers.${v}`, v) },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: JobStatus) => <Tag color={STATUS_COLORS[v]}>{labelOr(t, `jobs.statuses.${v}`, v)}</Tag>,
    },
    {
      title: t('jobs.progress'),
      key: 'progress',
      width: 170,
      render: (_, j) =>
        j.progress.total > 0 || j.status === 'succeeded' ? (
          <Flex gap={8} align="center">
            <Progress percent={percent(j)} aria-label={`${percent(j)}%`} size="small" status={j.status === 'failed' ? 'exception' : undefined} style={{ width: 80, margin: 0 }} />
            <Typography.Text type="secondary">
              {j.progress.done}/{j.progress.total}
            </Typography.Text>
          </Flex>
        ) : (
          t('common.none')
        ),
    },
    { title: t('jobs.requestedBy'), dataIndex: 'requestedByEmail', width: 170, render: (v: string | null) => v ? <EllipsisText text={v} /> : <Typography.Text type="secondary">{t('jobs.system')}</Typography.Text> },
    { title: t('jobs.finishedAt'), dataIndex: 'finishedAt', width: 140, render: (v: string | null) => (v ? formatDateTime(v, language) : t('common.none')) },
    { title: t('jobs.error'), key: 'error', render: (_, j) => <JobFailure job={j} /> },
  ];

  return (
    <>
      <PageHeader title={t('jobs.title')} description={t('jobs.description')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('jobs.kindFilter')}
            aria-label={t('jobs.kindFilter')}
            style={{ width: 220 }}
            options={JOB_KINDS.map((k) => ({ value: k, label: labelOr(t, `jobs.kinds.${k.replace('.', '_')}`, k) }))}
            value={list.query.kind}
            onChange={(kind?: string) => list.setFilters({ kind })}
          />
          <Select
            allowClear
            placeholder={t('jobs.statusFilter')}
            aria-label={t('jobs.statusFilter')}
            style={{ width: 180 }}
            options={JOB_STATUSES.map((s) => ({ value: s, label: t(`jobs.statuses.${s}`) }))}
            value={list.query.status}
            onChange={(status?: JobStatus) => list.setFilters({ status })}
          />
        </Flex>
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <Table<Job>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading && !list.data}
          pagination={list.pagination(t)}
          locale={{ emptyText: t('jobs.empty') }}
          scroll={{ x: 1090 }}
          tableLayout="fixed"
          expandable={{
            rowExpandable: (j) => j.result !== null && Object.keys(j.result).length > 0,
            expandedRowRender: (j) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(j.result, null, 2)}</pre>,
          }}
        />
      </Card>
    </>
  );
}
