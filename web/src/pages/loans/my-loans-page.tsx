// Enterprise: its loans, each opening its terms, position and repayment schedule.
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOAN_STATUSES, listLoans, type Loan, type LoanQuery } from '../../api/loans';
import { EnumSelect } from '../../components/enum-select';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { usePagedList } from '../../lib/use-paged-list';
import { loanColumns } from './loan-columns';

export function MyLoansPage() {
  const { t, i18n } = useTranslation();
  const list = usePagedList<Loan, LoanQuery>((q, signal) => listLoans({ ...q, lang: i18n.language }, signal), {}, undefined, [i18n.language], { inUrl: { status: 'string' } });
  return (
    <>
      <PageHeader title={t('loans.mine.title')} description={t('loans.mine.description')} testId="loans-title" />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <EnumSelect values={LOAN_STATUSES} label={(s) => t(`loans.statuses.${s}`)} placeholder={t('loans.statusFilter')} width={180} value={list.query.status} onChange={(status) => list.setFilters({ status })} />
        </Flex>
        <PagedTable<Loan> list={list} rowKey="id" columns={loanColumns(t, i18n.language, 'institution')} empty={t('loans.mine.empty')} scrollX={1090} testId="loans-table" />
      </Card>
    </>
  );
}
