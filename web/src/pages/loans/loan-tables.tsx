// A loan's schedule (each instalment and what was paid on it), its repayments and its recoveries.
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Instalment, Recovery, Repayment } from '../../api/loans';
import { EllipsisText } from '../../components/ellipsis-text';
import { formatDate, formatDateTime } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { formatYuan } from '../../lib/money';

const yuan = (fen: number) => formatYuan(fen);

export function ScheduleTable({ instalments, asOf }: { instalments: Instalment[]; asOf: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns: TableColumnsType<Instalment> = [
    { title: t('loans.schedule.period'), dataIndex: 'period', width: 70, align: 'right' },
    { title: t('loans.schedule.dueOn'), dataIndex: 'dueOn', width: 120, render: (d: string) => formatDate(d, language) },
    { title: t('loans.schedule.principal'), dataIndex: 'principalFen', width: 140, align: 'right', render: yuan },
    { title: t('loans.schedule.interest'), dataIndex: 'interestFen', width: 130, align: 'right', render: yuan },
    { title: t('loans.schedule.total'), key: 'total', width: 140, align: 'right', render: (_, i) => yuan(i.principalFen + i.interestFen) },
    { title: t('loans.schedule.paid'), key: 'paid', width: 140, align: 'right', render: (_, i) => yuan(i.paidPrincipalFen + i.paidInterestFen) },
    {
      title: t('loans.schedule.paidOn'),
      key: 'paidOn',
      width: 150,
      render: (_, i) => {
        const owed = i.principalFen + i.interestFen - i.paidPrincipalFen - i.paidInterestFen;
        if (owed <= 0) return formatDate(i.paidOn, language);
        if (i.dueOn < asOf) return <Tag color="red">{t('loans.schedule.overdue')}</Tag>;
        return i.paidOn ? t('loans.schedule.partly', { date: formatDate(i.paidOn, language) }) : t('common.none');
      },
    },
  ];
  return (
    <Table<Instalment>
      rowKey="period"
      size="small"
      columns={columns}
      dataSource={instalments}
      pagination={instalments.length > 24 ? { pageSize: 24, showSizeChanger: false } : false}
      scroll={{ x: 890 }}
      data-testid="loan-schedule"
    />
  );
}

export function RepaymentsTable({ repayments }: { repayments: Repayment[] }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<Repayment> = [
    { title: t('loans.repayments.paidOn'), dataIndex: 'paidOn', width: 120, render: (d: string) => formatDate(d, i18n.language) },
    { title: t('loans.repayments.amount'), dataIndex: 'amountFen', width: 140, align: 'right', render: yuan },
    { title: t('loans.schedule.principal'), dataIndex: 'principalFen', width: 140, align: 'right', render: yuan },
    { title: t('loans.schedule.interest'), dataIndex: 'interestFen', width: 130, align: 'right', render: yuan },
    { title: t('loans.repayments.reference'), dataIndex: 'reference', width: 160, ellipsis: { showTitle: false }, render: (r: string | null) => (r ? <EllipsisText text={r} /> : t('common.none')) },
    { title: t('loans.repayments.source'), dataIndex: 'source', width: 110, render: (s: string) => labelOr(t, `loans.repaymentSources.${s}`, s) },
    { title: t('loans.repayments.recordedAt'), dataIndex: 'recordedAt', width: 160, render: (d: string) => formatDateTime(d, i18n.language) },
  ];
  return (
    <Table<Repayment>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={repayments}
      pagination={false}
      locale={{ emptyText: t('loans.repayments.empty') }}
      scroll={{ x: 960 }}
      data-testid="loan-repayments"
    />
  );
}

export function RecoveriesTable({ recoveries }: { recoveries: Recovery[] }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<Recovery> = [
    { title: t('loans.recoveries.recoveredOn'), dataIndex: 'recoveredOn', width: 120, render: (d: string) => formatDate(d, i18n.language) },
    { title: t('loans.recoveries.amount'), dataIndex: 'amountFen', width: 140, align: 'right', render: yuan },
    { title: t('loans.recoveries.source'), dataIndex: 'source', width: 140, render: (s: string) => labelOr(t, `loans.sources.${s}`, s) },
    {
      title: t('loans.recoveries.note'),
      dataIndex: 'note',
      render: (n: string) =>
        n ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: n }} style={{ margin: 0 }}>
            {n}
          </Typography.Paragraph>
        ) : (
          t('common.none')
        ),
    },
    { title: t('loans.repayments.recordedAt'), dataIndex: 'recordedAt', width: 160, render: (d: string) => formatDateTime(d, i18n.language) },
  ];
  return (
    <Table<Recovery>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={recoveries}
      pagination={false}
      locale={{ emptyText: t('loans.recoveries.empty') }}
      scroll={{ x: 760 }}
      data-testid="loan-recoveries"
    />
  );
}
