// Table columns the application lists share: state, product and institution (or enterprise), amount,
// deadline and last change; the product opens the application.
import { Flex, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { Application } from '../../api/applications';
import { EllipsisText } from '../../components/ellipsis-text';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { applicationPath } from '../../lib/workflow-paths';
import { ApplicationStateTag, DeadlineTag } from './workflow-tags';

/** Who the other side is: the institution for the enterprise, the enterprise for the institution. */
export type Counterparty = 'institution' | 'enterprise';

export function applicationColumns(t: TFunction, language: string, counterparty: Counterparty): TableColumnsType<Application> {
  return [
    {
      title: t('workflow.fields.product'),
      key: 'product',
      width: 260,
      render: (_, a) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <EllipsisText text={a.product.name}>
            <Link to={applicationPath(a.id)} data-testid="application-link">
              {a.product.name}
            </Link>
          </EllipsisText>
          <EllipsisText text={counterparty === 'institution' ? a.institution.name : a.enterprise.name} type="secondary" style={{ fontSize: 12 }} testId="application-counterparty" />
        </Flex>
      ),
    },
    { title: t('common.status'), key: 'state', width: 120, render: (_, a) => <ApplicationStateTag state={a.state} /> },
    {
      title: t('workflow.fields.amount'),
      key: 'amount',
      width: 140,
      align: 'right',
      render: (_, a) => <span data-testid="application-amount">{formatMoney(t, a.amountFen)}</span>,
    },
    {
      title: t('workflow.fields.term'),
      key: 'term',
      width: 100,
      render: (_, a) => (a.termMonths === null ? t('common.none') : t('market.monthsValue', { count: a.termMonths })),
    },
    { title: t('workflow.fields.deadlineOn'), key: 'deadlineOn', width: 120, render: (_, a) => formatDate(a.deadline.on, language) },
    { title: t('workflow.fields.deadline'), key: 'deadline', width: 170, render: (_, a) => <DeadlineTag deadline={a.deadline} /> },
    { title: t('workflow.fields.updatedAt'), key: 'updatedAt', width: 160, render: (_, a) => formatDateTime(a.updatedAt, language) },
  ];
}
