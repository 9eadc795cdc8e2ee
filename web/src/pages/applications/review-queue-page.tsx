// Institution officer: applications awaiting the institution's answer (and those waiting on the
// enterprise's information), earliest deadline first; each opens the decision forms.
import { Card, Flex, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listReviewQueue, type Application, type ApplicationQuery, type ApplicationState } from '../../api/applications';
import { EnumSelect } from '../../components/enum-select';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { usePagedList } from '../../lib/use-paged-list';
import { applicationPath } from '../../lib/workflow-paths';
import { ApplicationStateTag, DeadlineTag } from './workflow-tags';

const QUEUE_STATES = ['submitted', 'accepted', 'info_requested'] as const satisfies readonly ApplicationState[];

export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = usePagedList<Application, ApplicationQuery>((q, signal) => listReviewQueue({ ...q, lang: language }, signal), {}, 20, [language], {
    inUrl: { state: 'string' },
  });

  const columns: TableColumnsType<Application> = [
    {
      title: t('workflow.fields.deadlineOn'),
      key: 'deadlineOn',
      width: 120,
      render: (_, a) => <Typography.Text strong>{formatDate(a.deadline.on, language)}</Typography.Text>,
    },
    { title: t('workflow.fields.deadline'), key: 'deadline', width: 170, render: (_, a) => <DeadlineTag deadline={a.deadline} /> },
    {
      title: t('workflow.fields.enterprise'),
      key: 'enterprise',
      width: 230,
      render: (_, a) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Link to={applicationPath(a.id)} data-testid="application-link">
            {a.enterprise.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.enterprise.creditCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('workflow.fields.product'),
      key: 'product',
      width: 170,
      ellipsis: { showTitle: false },
      render: (_, a) => (
        <Tooltip title={a.product.name}>
          <span data-testid="application-product">{a.product.name}</span>
        </Tooltip>
      ),
    },
    { title: t('workflow.fields.amount'), key: 'amount', width: 130, align: 'right', render: (_, a) => formatMoney(t, a.amountFen) },
    {
      title: t('workflow.fields.term'),
      key: 'term',
      width: 90,
      render: (_, a) => (a.termMonths === null ? t('common.none') : t('market.monthsValue', { count: a.termMonths })),
    },
    { title: t('workflow.fields.submittedAt'), key: 'submittedAt', width: 150, render: (_, a) => formatDateTime(a.submittedAt, language) },
    { title: t('common.status'), key: 'state', width: 110, fixed: 'right', render: (_, a) => <ApplicationStateTag state={a.state} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
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
      <PageHeader title={t('workflow.review.title')} description={t('workflow.review.description')} testId="review-title" />
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
        <PagedTable<Application> list={list} rowKey="id" columns={columns} empty={t('workflow.review.empty')} scrollX={1240} testId="review-table" />
      </Card>
    </>
  );
}
