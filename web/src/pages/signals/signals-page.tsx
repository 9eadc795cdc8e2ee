// Institution officers and park administrators: early-warning signals on enterprises (a rating
// downgrade, fewer staff, a legal event, a tax grade change, an overdue repayment), most recent first.
// Acknowledging says someone is on it; resolving closes it with a note of what was done.
import { Button, Card, Flex, Form, Input, Segmented, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { acknowledgeSignal, listSignals, resolveSignal, SIGNAL_STATUSES, type Signal, type SignalQuery, type SignalSeverity, type SignalStatus } from '../../api/signals';
import { EllipsisText } from '../../components/ellipsis-text';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { formatDateTime } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { required } from '../../lib/rules';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { loanPath } from '../../lib/workflow-paths';

const SEVERITY_COLORS: Record<SignalSeverity, string> = { low: 'default', medium: 'orange', high: 'red' };
const STATUS_COLORS: Record<SignalStatus, string> = { open: 'red', acknowledged: 'gold', resolved: 'green' };

type Acting = { signal: Signal; action: 'acknowledge' | 'resolve' };

function ActModal({ acting, onClose, onSaved }: { acting: Acting; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const resolving = acting.action === 'resolve';
  const note = t('signals.note');
  return (
    <FormModal<{ note?: string }>
      title={t(resolving ? 'signals.resolveTitle' : 'signals.acknowledgeTitle', { name: acting.signal.enterprise.name })}
      onSubmit={(v) => (resolving ? resolveSignal(acting.signal.id, v.note?.trim() ?? '') : acknowledgeSignal(acting.signal.id, v.note?.trim() || undefined))}
      onClose={onClose}
      onSaved={onSaved}
      successText={t(resolving ? 'signals.resolved' : 'signals.acknowledged')}
      okText={t(resolving ? 'signals.resolve' : 'signals.acknowledge')}
      testId="signal-form"
    >
      <Form.Item name="note" label={note} rules={resolving ? [required(t, note)] : []} extra={resolving ? t('signals.resolveHint') : undefined}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="signal-note" />
      </Form.Item>
    </FormModal>
  );
}

export function SignalsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = usePagedList<Signal, SignalQuery>((q, signal) => listSignals({ ...q, status: oneOf(q.status, SIGNAL_STATUSES) }, signal), { status: 'open' }, undefined, [], { inUrl: { status: 'string' } });
  const [acting, setActing] = useState<Acting>();

  const columns: TableColumnsType<Signal> = [
    {
      title: t('signals.fields.severity'),
      key: 'severity',
      width: 90,
      render: (_, s) => (
        <Tag color={SEVERITY_COLORS[s.severity]} data-testid="signal-severity">
          {t(`signals.severities.${s.severity}`)}
        </Tag>
      ),
    },
    { title: t('signals.fields.kind'), key: 'kind', width: 130, render: (_, s) => labelOr(t, `signals.kinds.${s.kind}`, s.kind) },
    {
      title: t('signals.fields.enterprise'),
      key: 'enterprise',
      width: 200,
      render: (_, s) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <EllipsisText text={s.enterprise.name} />
          <EllipsisText text={s.institution.name} type="secondary" style={{ fontSize: 12 }} />
        </Flex>
      ),
    },
    {
      title: t('signals.fields.evidence'),
      key: 'evidence',
      render: (_, s) => (
        <Flex vertical gap={2}>
          <span data-testid="signal-summary">{language === 'en' ? s.evidence.summaryEn : s.evidence.summaryZh}</span>
          {s.loanId ? <Link to={loanPath(s.loanId)}>{t('signals.viewLoan')}</Link> : null}
          {s.note ? <Typography.Text type="secondary">{t('signals.noteLine', { note: s.note })}</Typography.Text> : null}
        </Flex>
      ),
    },
    { title: t('signals.fields.detectedAt'), key: 'detectedAt', width: 150, render: (_, s) => formatDateTime(s.detectedAt, language) },
    {
      title: t('common.status'),
      key: 'status',
      width: 100,
      render: (_, s) => <Tag color={STATUS_COLORS[s.status]}>{t(`signals.statuses.${s.status}`)}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, s) =>
        s.status === 'resolved' ? null : (
          <Flex gap={4} wrap>
            {s.status === 'open' ? (
              <Button size="small" onClick={() => setActing({ signal: s, action: 'acknowledge' })} data-testid="signal-acknowledge">
                {t('signals.acknowledge')}
              </Button>
            ) : null}
            <Button size="small" type="primary" onClick={() => setActing({ signal: s, action: 'resolve' })} data-testid="signal-resolve">
              {t('signals.resolve')}
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('signals.title')} description={t('signals.description')} testId="signals-title" />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented<SignalStatus | 'all'>
            value={list.query.status ?? 'all'}
            options={[...SIGNAL_STATUSES, 'all' as const].map((value) => ({ value, label: value === 'all' ? t('common.all') : t(`signals.statuses.${value}`) }))}
            onChange={(value) => list.setFilters({ status: value === 'all' ? undefined : value })}
            data-testid="signal-status-filter"
          />
        </Flex>
        <PagedTable<Signal> list={list} rowKey="id" columns={columns} empty={t('signals.empty')} scrollX={1090} testId="signals-table" />
      </Card>
      {acting ? <ActModal acting={acting} onClose={() => setActing(undefined)} onSaved={list.reload} /> : null}
    </>
  );
}
