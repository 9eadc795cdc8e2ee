// Table columns the loan lists share: the other party (opening the loan), product, amount, rate,
// outstanding principal, days overdue, classification and status.
import { Flex, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { Loan } from '../../api/loans';
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
      width: 250,
      render: (_, l) => (
        <Flex vertical>
          <Link to={loanPath(l.id)} data-testid="loan-link">
            {counterparty === 'enterprise' ? l.enterprise.name : l.institution.name}
          </Link>
          {counterparty === 'enterprise' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l.enterprise.creditCode}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: t('loans.fields.product'), dataIndex: 'productName', width: 170 },
    { title: t('loans.fields.amount'), key: 'amount', width: 130, align: 'right', render: (_, l) => formatMoney(t, l.amountFen) },
    { title: t('loans.fields.rate'), key: 'rate', width: 140, render: (_, l) => <RateCell loan={l} /> },
    {
      title: t('loans.fields.outstanding'),
      key: 'outstanding',
      width: 140,
      align: 'right',
      render: (_, l) => <span data-testid="loan-outstanding">{formatMoney(t, l.outstandingPrincipalFen)}</span>,
    },
    {
      title: t('loans.fields.daysOverdue'),
      key: 'daysOverdue',
      width: 100,
      align: 'right',
      render: (_, l) => (l.daysOverdue > 0 ? <Typography.Text type="danger">{l.daysOverdue}</Typography.Text> : 0),
    },
    { title: t('loans.fields.classification'), key: 'classification', width: 110, render: (_, l) => <ClassificationTag classification={l.classification} /> },
    { title: t('loans.fields.maturityOn'), key: 'maturityOn', width: 120, render: (_, l) => formatDate(l.maturityOn, language) },
    { title: t('common.status'), key: 'status', width: 100, fixed: 'right', render: (_, l) => <LoanStatusTag status={l.status} /> },
  ];
}
