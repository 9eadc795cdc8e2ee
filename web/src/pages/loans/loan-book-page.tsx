// Institution officer: the loan book, most overdue first, filtered by status and classification;
// repayments arrive one by one on each loan or as a file for many.
import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOAN_CLASSIFICATIONS, LOAN_STATUSES, listLoans, type Loan, type LoanQuery } from '../../api/loans';
import { EnumSelect } from '../../components/enum-select';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { usePagedList } from '../../lib/use-paged-list';
import { loanColumns } from './loan-columns';
import { RepaymentFileModal } from './repayment-file-modal';

export function LoanBookPage() {
  const { t, i18n } = useTranslation();
  const list = usePagedList<Loan, LoanQuery>((q, signal) => listLoans({ ...q, lang: i18n.language }, signal), {}, undefined, [i18n.language], {
    inUrl: { status: 'string', classification: 'string' },
  });
  const [uploading, setUploading] = useState(false);
  return (
    <>
      <PageHeader
        title={t('loans.book.title')}
        description={t('loans.book.description')}
        testId="loan-book-title"
        extra={
          <Button icon={<UploadOutlined />} onClick={() => setUploading(true)} data-testid="upload-repayments">
            {t('loans.file.button')}
          </Button>
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
        <PagedTable<Loan> list={list} rowKey="id" columns={loanColumns(t, i18n.language, 'enterprise')} empty={t('loans.book.empty')} scrollX={1280} testId="loan-book-table" />
      </Card>
      {uploading ? <RepaymentFileModal onClose={() => setUploading(false)} onRecorded={list.reload} /> : null}
    </>
  );
}
