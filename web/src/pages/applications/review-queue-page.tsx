// Institution officer: applications awaiting the institution's answer (and those waiting on the
// enterprise's information), earliest deadline first; each opens the decision forms.
import { Card, Flex, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { UNDECIDED_STATES } from '../../../../shared/workflow.ts';
import { listReviewQueue, type Application, type ApplicationQuery } from '../../api/applications';
import type { ApplicationUrlFilters } from '../../api/homes';
import { EllipsisText } from '../../components/ellipsis-text';
import { EnumSelect } from '../../components/enum-select';
import { ExportButton } from '../../components/export-button';
import { FilterNotice, type ActiveFilter } from '../../components/filter-notice';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { applicationPath } from '../../lib/workflow-paths';
import { ApplicationStateTag, DeadlineTag } from './workflow-tags';

/** The review queue shows the undecided applications (shared with the server's queue filter). */
const QUEUE_STATES = UNDECIDED_STATES;
const DUE_VALUES = ['today', 'overdue'] as const;

export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = usePagedList<Application, ApplicationQuery & ApplicationUrlFilters>(
    (q, signal) => {
      const filters: ApplicationQuery & ApplicationUrlFilters = { ...q, state: oneOf(q.state, QUEUE_STATES), due: oneOf(q.due, DUE_VALUES) };
      return listReviewQueue({ ...filters, lang: language }, signal);
    },
    {},
    20,
    [language],
    { inUrl: { state: 'string', due: 'string' } },
  );
  const dueFilters: ActiveFilter[] = list.query.due
    ? [{ key: 'due', label: t(list.query.due === 'today' ? 'homes.filters.dueToday' : 'homes.filters.dueOverdue'), onClear: () => list.setFilters({ due: undefined }) }]
    : [];

  const columns: TableColumnsType<Application> = [
    {
      title: t('workflow.fields.deadlineOn'),
      key: 'deadlineOn',
      width: 112,
      render: (_, a) => <Typography.Text strong>{formatDate(a.deadline.on, language)}</Typography.Text>,
    },
    { title: t('workflow.fields.deadline'), key: 'deadline', width: 150, render: (_, a) => <DeadlineTag deadline={a.deadline} /> },
    {
      title: t('workflow.fields.enterprise'),
      key: 'enterprise',
      width: 170,
      render: (_, a) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <EllipsisText text={a.enterprise.name}>
            <Link to={applicationPath(a.id)} data-testid="application-link">
              {a.enterprise.name}
            </Link>
          </EllipsisText>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.enterprise.creditCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('workflow.fields.product'),
      key: 'product',
      width: 130,
      ellipsis: { showTitle: false },
      render: (_, a) => (
        <Tooltip title={a.product.name}>
          <span data-testid="application-product">{a.product.name}</span>
        </Tooltip>
      ),
    },
    { title: t('workflow.fields.amount'), key: 'amount', width: 120, align: 'right', render: (_, a) => formatMoney(t, a.amountFen) },
    {
      title: t('workflow.fields.term'),
      key: 'term',
      width: 70,
      render: (_, a) => (a.termMonths === null ? t('common.none') : t('market.monthsValue', { count: a.termMonths })),
    },
    { title: t('workflow.fields.submittedAt'), key: 'submittedAt', width: 120, render: (_, a) => formatDateTime(a.submittedAt, language) },
    { title: t('common.status'), key: 'state', width: 120, fixed: 'right', render: (_, a) => <ApplicationStateTag state={a.state} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 84,
      fixed: 'right',
      render: (_, a) => (
        <Link to={applicationPath(a.id)} data-testid="review-open">
          {t('workflow.review.open')}
        </Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('workflow.review.title')}
        description={t('workflow.review.description')}
        testId="review-title"
        extra={<ExportButton path="/applications/review-queue/export.xlsx" query={{ state: list.query.state, due: list.query.due }} />}
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <EnumSelect
            values={QUEUE_STATES}
            label={(state) => t(`workflow.states.${state}`)}
            placeholder={t('workflow.stateFilter')}
            value={list.query.state}
            onChange={(state) => list.setFilters({ state })}
            width={180}
          />
        </Flex>
        <FilterNotice filters={dueFilters} />
        <PagedTable<Application> list={list} rowKey="id" columns={columns} empty={t('workflow.review.empty')} scrollX={1090} testId="review-table" />
      </Card>
    </>
  );
}
