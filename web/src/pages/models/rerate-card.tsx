// Re-rate every enterprise with the active model: start a job, then follow it each second to the end.
import { SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbort } from '../../api/client';
import { getScoringJob, startScoringJob, type ScoringJob } from '../../api/rating';
import { apiErrorLanguage, errorMessage } from '../../lib/api-errors';
import { jobFailureText } from '../../lib/job-failure';

const POLL_MS = 1000;

export function RerateCard({ onFinished }: { onFinished: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [job, setJob] = useState<ScoringJob>();
  const [starting, setStarting] = useState(false);
  const [pollError, setPollError] = useState<unknown>();
  const running = job?.status === 'running';

  useEffect(() => {
    if (!job || job.status !== 'running') return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      getScoringJob(job.id, controller.signal)
        .then((next) => {
          setJob(next);
          if (next.status === 'done') onFinished();
        })
        .catch((error: unknown) => {
          if (!isAbort(error)) setPollError(error);
        });
    }, POLL_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [job, onFinished]);

  const start = async () => {
    setStarting(true);
    setPollError(undefined);
    try {
      setJob(await startScoringJob());
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setStarting(false);
    }
  };

  const percent = job && job.total > 0 ? Math.floor((100 * job.done) / job.total) : 0;
  return (
    <Card title={t('models.rerate.title')} style={{ marginBottom: 16 }} data-testid="rerate-card">
      <Typography.Paragraph type="secondary">{t('models.rerate.description')}</Typography.Paragraph>
      <Popconfirm title={t('models.rerate.confirm')} okText={t('models.rerate.button')} cancelText={t('common.cancel')} onConfirm={start} disabled={running}>
        <Button type="primary" icon={<SyncOutlined spin={running} />} loading={starting} disabled={running} data-testid="rerate">
          {t('models.rerate.button')}
        </Button>
      </Popconfirm>
      {job ? (
        <div style={{ marginTop: 16 }} data-testid="rerate-progress" data-status={job.status}>
          <Progress percent={job.status === 'done' ? 100 : percent} status={job.status === 'failed' ? 'exception' : running ? 'active' : 'success'} />
          <Typography.Text
            type={job.status === 'failed' ? 'danger' : 'secondary'}
            title={job.status === 'failed' && job.error ? `${t('jobs.technicalDetail')}: ${job.error}` : undefined}
            data-testid="rerate-status"
          >
            {job.status === 'running'
              ? t('models.rerate.running', { done: job.done, total: job.total })
              : job.status === 'done'
                ? t('models.rerate.done', { total: job.total, version: job.modelVersion ?? '—' })
                : t('models.rerate.failed', { error: jobFailureText(job, apiErrorLanguage(i18n.language)) ?? '' })}
          </Typography.Text>
        </div>
      ) : null}
      {pollError ? <Alert type="error" showIcon style={{ marginTop: 12 }} message={errorMessage(t, pollError)} /> : null}
    </Card>
  );
}
