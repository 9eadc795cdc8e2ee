// Table columns the loan lists share: the other party (opening the loan), product, amount, rate,
// outstanding principal, days overdue, classification and status.
import { Flex, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { Loan } from '../../api/loans';
import { EllipsisText } from '../../components/ellipsis-text';
import { formatDate } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { formatDecimalRate, formatSpread } from '../../lib/workflow-format';
import { loanPath } from '../../lib/workflow-paths';
import { ClassificationTag, LoanStatusTag } from './loan-tags';

export function RateCell({ loan }: { loan: Pick<Loan, 'annualRate' | 'lprTenor' | 'spreadBp'> }) {
  return (
    <Flex vertical>
      <span data-testid="loan-rate">{formatDecimalRate(loan.annualRate)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        LPR {loan.lprTenor.toUpperCase()} {formatSpread(loan.spreadBp)}
      </Typography.Text>
    </Flex>
  );
}

export function loanColumns(t: TFunction, language: string, counterparty: 'enterprise' | 'institution'): TableColumnsType<Loan> {
  return [
    {
      title: counterparty === 'enterprise' ? t('loans.fields.enterprise') : t('loans.fields.institution'),
      key: 'party',
      width: 186,
      render: (_, l) => {
        const name = counterparty === 'enterprise' ? l.enterprise.name : l.institution.name;
        return (
          <Flex vertical>
            <EllipsisText text={name}>
              <Link to={loanPath(l.id)} data-testid="loan-link">
                {name}
              </Link>
            </EllipsisText>
            {counterparty === 'enterprise' ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l.enterprise.creditCode}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      },
    },
    { title: t('loans.fields.product'), dataIndex: 'productName', width: 138, render: (name: string) => <EllipsisText text={name} /> },
    { title: t('loans.fields.amount'), key: 'amount', width: 120, align: 'right', render: (_, l) => formatMoney(t, l.amountFen) },
    { title: t('loans.fields.rate'), key: 'rate', width: 120, render: (_, l) => <RateCell loan={l} /> },
    {
      title: t('loans.fields.outstanding'),
      key: 'outstanding',
      width: 116,
      align: 'right',
      render: (_, l) => <span data-testid="loan-outstanding">{formatMoney(t, l.outstandingPrincipalFen)}</span>,
    },
    {
      title: t('loans.fields.daysOverdue'),
      key: 'daysOverdue',
      width: 84,
      align: 'right',
      render: (_, l) => (l.daysOverdue > 0 ? <Typography.Text type="danger">{l.daysOverdue}</Typography.Text> : 0),
    },
    { title: t('loans.fields.classification'), key: 'classification', width: 124, render: (_, l) => <ClassificationTag classification={l.classification} /> },
    { title: t('loans.fields.maturityOn'), key: 'maturityOn', width: 112, render: (_, l) => formatDate(l.maturityOn, language) },
    { title: t('common.status'), key: 'status', width: 90, fixed: 'right', render: (_, l) => <LoanStatusTag status={l.status} /> },
  ];
}
