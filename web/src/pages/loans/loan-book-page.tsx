// Institution officer: the loan book, most overdue first, filtered by status and classification;
// repayments arrive one by one on each loan or as a file for many.
import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOAN_CLASSIFICATIONS, LOAN_STATUSES, listLoans, type Loan, type LoanQuery } from '../../api/loans';
import type { LoanUrlFilters } from '../../api/homes';
import { useMe } from '../../auth/auth-context';
import { EnumSelect } from '../../components/enum-select';
import { ExportButton } from '../../components/export-button';
import { FilterNotice, type ActiveFilter } from '../../components/filter-notice';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { oneOf } from '../../lib/url-filters';
import { usePagedList } from '../../lib/use-paged-list';
import { loanColumns } from './loan-columns';
import { RepaymentFileModal } from './repayment-file-modal';

export function LoanBookPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const list = usePagedList<Loan, LoanQuery & LoanUrlFilters>(
    (q, signal) => listLoans({ ...q, status: oneOf(q.status, LOAN_STATUSES), classification: oneOf(q.classification, LOAN_CLASSIFICATIONS), lang: i18n.language }, signal),
    {},
    undefined,
    [i18n.language],
    { inUrl: { status: 'string', classification: 'string', overdue: 'boolean', disbursedFrom: 'string', disbursedTo: 'string' } },
  );
  const [uploading, setUploading] = useState(false);
  const lender = me.roles.includes('institution_officer');
  const clear = (patch: Partial<LoanUrlFilters>) => list.setFilters(patch);
  const active: ActiveFilter[] = [
    ...(list.query.overdue ? [{ key: 'overdue', label: t('homes.filters.overdue'), onClear: () => clear({ overdue: undefined }) }] : []),
    ...(list.query.disbursedFrom || list.query.disbursedTo
      ? [{ key: 'disbursed', label: t('homes.filters.disbursed', { from: list.query.disbursedFrom ?? '…', to: list.query.disbursedTo ?? '…' }), onClear: () => clear({ disbursedFrom: undefined, disbursedTo: undefined }) }]
      : []),
  ];
  return (
    <>
      <PageHeader
        title={t('loans.book.title')}
        description={t('loans.book.description')}
        testId="loan-book-title"
        extra={
          <Flex gap={8}>
            <ExportButton path="/loans/export.xlsx" query={{ ...list.query }} />
            {lender ? (
              <Button icon={<UploadOutlined />} onClick={() => setUploading(true)} data-testid="upload-repayments">
                {t('loans.file.button')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <EnumSelect values={LOAN_STATUSES} label={(s) => t(`loans.statuses.${s}`)} placeholder={t('loans.statusFilter')} width={180} value={list.query.status} onChange={(status) => list.setFilters({ status })} testId="loan-status-filter" />
          <EnumSelect
            values={LOAN_CLASSIFICATIONS}
            label={(c) => t(`loans.classifications.${c}`)}
            placeholder={t('loans.classificationFilter')}
            width={200}
            value={list.query.classification}
            onChange={(classification) => list.setFilters({ classification })}
            testId="loan-classification-filter"
          />
        </Flex>
        <FilterNotice filters={active} />
        <PagedTable<Loan> list={list} rowKey="id" columns={loanColumns(t, i18n.language, 'enterprise')} empty={t('loans.book.empty')} scrollX={1090} testId="loan-book-table" />
      </Card>
      {uploading ? <RepaymentFileModal onClose={() => setUploading(false)} onRecorded={list.reload} /> : null}
    </>
  );
}
