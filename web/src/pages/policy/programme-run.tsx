// "Run now": compute the programme's claims for a period — first as a preview (totals and one row
// per loan, each opening its trail and, when it does not qualify, why), then written as claims by a
// job of the job system, followed here until it is done.
import { Alert, App, Button, Card, DatePicker, Flex, Form, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getProgrammeRun, queueProgrammeRun, runProgramme, type RunClaim, type RunJob, type RunResult } from '../../api/policy';
import { businessToday } from '../../business-time';
import { ClaimTrail } from '../../components/claim-trail';
import { apiErrorLanguage, errorMessage } from '../../lib/api-errors';
import { jobFailureText } from '../../lib/job-failure';
import { useParkLabel } from '../../lib/code-names';
import { formatFen } from '../../lib/money';
import { reasonText } from '../../lib/policy-format';
import { loanText } from './use-policy-names';

/** How often the page asks after a queued run. */
const RUN_POLL_MS = 1000;

interface Period {
  from: Dayjs;
  to: Dayjs;
}

export function ProgrammeRun({ programmeId, onWritten }: { programmeId: string; onWritten: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { message } = App.useApp();
  const parkLabel = useParkLabel(language);
  const [form] = Form.useForm<Period>();
  const [result, setResult] = useState<RunResult>();
  const [busy, setBusy] = useState<'preview' | 'write'>();
  const [failure, setFailure] = useState<string>();
  const today = businessToday();

  const [job, setJob] = useState<RunJob>();

  const preview = async () => {
    const period = await form.validateFields().catch(() => undefined);
    if (!period) return;
    setBusy('preview');
    setFailure(undefined);
    setJob(undefined);
    try {
      setResult(await runProgramme(programmeId, { from: period.from.format('YYYY-MM-DD'), to: period.to.format('YYYY-MM-DD'), dryRun: true }));
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(undefined);
    }
  };

  const write = async () => {
    const period = await form.validateFields().catch(() => undefined);
    if (!period) return;
    setBusy('write');
    setFailure(undefined);
    try {
      let current = await queueProgrammeRun(programmeId, { from: period.from.format('YYYY-MM-DD'), to: period.to.format('YYYY-MM-DD') });
      setJob(current);
      while (current.status === 'queued' || current.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, RUN_POLL_MS));
        current = await getProgrammeRun(programmeId, current.id);
        setJob(current);
      }
      if (current.status === 'failed') setFailure(jobFailureText(current, apiErrorLanguage()) ?? t('errors.internal'));
      else if (current.run) {
        message.success(t('policy.programmes.written', current.run.written));
        onWritten();
      }
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(undefined);
    }
  };

  const columns: TableColumnsType<RunClaim> = [
    { title: t('policy.fields.loan'), key: 'loan', width: 200, render: (_, c) => loanText(t, language, c.loan) },
    { title: t('policy.fields.grade'), key: 'grade', width: 70, render: (_, c) => c.grade ?? t('common.none') },
    {
      title: t('policy.fields.state'),
      key: 'eligible',
      width: 240,
      render: (_, c) =>
        c.eligible ? (
          <Typography.Text type="success">{t('policy.programmes.eligible')}</Typography.Text>
        ) : (
          <Flex vertical>
            <Typography.Text type="danger">{t('policy.programmes.notEligible')}</Typography.Text>
            {c.reasons.map((r, i) => (
              <Typography.Text key={i} type="secondary" style={{ fontSize: 12 }}>
                {reasonText(t, r, language, parkLabel)}
              </Typography.Text>
            ))}
          </Flex>
        ),
    },
    { title: t('policy.fields.interestPaid'), key: 'paid', width: 120, align: 'right', render: (_, c) => formatFen(c.interestPaidFen) },
    { title: t('policy.fields.eligibleInterest'), key: 'eligibleFen', width: 120, align: 'right', render: (_, c) => formatFen(c.eligibleInterestFen) },
    { title: t('policy.fields.amount'), key: 'subsidy', width: 120, align: 'right', render: (_, c) => <Typography.Text strong>{formatFen(c.subsidyFen)}</Typography.Text> },
  ];

  return (
    <Card title={t('policy.programmes.runTitle')} data-testid="programme-run">
      <Typography.Paragraph type="secondary">{t('policy.programmes.dryRunHint')}</Typography.Paragraph>
      <Form<Period> form={form} layout="inline" initialValues={{ from: dayjs(`${today.year()}-01-01`), to: today }} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="from" label={t('policy.programmes.runFrom')} rules={[{ required: true, message: t('validation.required', { field: t('policy.programmes.runFrom') }) }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="to" label={t('policy.programmes.runTo')} rules={[{ required: true, message: t('validation.required', { field: t('policy.programmes.runTo') }) }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item>
          <Flex gap={8}>
            <Button onClick={() => void preview()} loading={busy === 'preview'} disabled={busy === 'write'} data-testid="run-preview">
              {t('policy.programmes.dryRun')}
            </Button>
            <Button type="primary" onClick={() => void write()} loading={busy === 'write'} disabled={!result || busy === 'preview'} data-testid="run-write">
              {t('policy.programmes.writeClaims')}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
      {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" /> : null}
      {job && job.status !== 'failed' ? (
        <Alert
          type={job.status === 'succeeded' ? 'success' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="run-job"
          message={job.run ? t('policy.programmes.written', job.run.written) : t(`policy.programmes.runJob.${job.status}`)}
        />
      ) : null}
      {result ? (
        <>
          <Flex gap={32} wrap style={{ marginBottom: 16 }} data-testid="run-totals">
            <Statistic title={t('policy.programmes.runClaims')} value={result.claims.length} />
            <Statistic title={t('policy.programmes.runTotal')} value={formatFen(result.totalFen)} />
            <Statistic title={t('policy.programmes.runBudget')} value={formatFen(result.budgetFen)} />
            <Statistic title={t('policy.programmes.runBudgetLeft')} value={formatFen(result.budgetLeftFen)} />
          </Flex>
          <Table<RunClaim>
            rowKey="loanId"
            size="small"
            columns={columns}
            dataSource={[...result.claims].sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.subsidyFen - a.subsidyFen)}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            expandable={{ expandedRowRender: (c) => <ClaimTrail trail={c.trail} /> }}
            scroll={{ x: 990 }}
            tableLayout="fixed"
            data-testid="run-claims"
          />
        </>
      ) : null}
    </Card>
  );
}
