// Credit reports: issue one in either language, list what was issued with its digest, download the
// PDF, and open the public page where anyone can check a copy.
import { DownloadOutlined, FileProtectOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueReport, listReports, verifyUrl, type CreditReport, type ReportLanguage } from '../../api/rating';
import { EllipsisText } from '../../components/ellipsis-text';
import { ErrorAlert } from '../../components/error-alert';
import { errorMessage } from '../../lib/api-errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

export function ReportsCard({ creditCode }: { creditCode: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const language = i18n.language;
  const reports = useAsync((signal) => listReports(creditCode, signal), [creditCode]);
  const [reportLanguage, setReportLanguage] = useState<ReportLanguage>(language === 'en' ? 'en' : 'zh-CN');
  const [issuing, setIssuing] = useState(false);

  const issue = async () => {
    setIssuing(true);
    try {
      await issueReport(creditCode, reportLanguage);
      message.success(t('rating.reports.issued'));
      reports.reload();
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setIssuing(false);
    }
  };

  const columns: TableColumnsType<CreditReport> = [
    { title: t('rating.reports.issuedAt'), dataIndex: 'issuedAt', width: 150, render: (v: string) => formatDateTime(v, language) },
    { title: t('rating.reports.language'), dataIndex: 'language', width: 90, render: (v: ReportLanguage) => <Tag>{t(`rating.reports.languages.${v}`)}</Tag> },
    {
      // The digest takes what the other columns leave: cut with an ellipsis, whole in the tooltip and
      // when copied. The copy button stands apart: with it inside, antd cuts the text by measuring it.
      title: t('rating.reports.digest'),
      dataIndex: 'digest',
      ellipsis: { showTitle: false },
      render: (v: string) => (
        <Flex align="center" gap={2}>
          <EllipsisText text={v} style={{ fontFamily: 'monospace', fontSize: 12, minWidth: 0 }} testId="report-digest" />
          <Typography.Text copyable={{ text: v }} />
        </Flex>
      ),
    },
    { title: t('rating.reports.validUntil'), dataIndex: 'validUntil', width: 110, render: (v: string) => formatDate(v, language) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, r) => (
        <Flex gap={4} wrap>
          <Button type="link" size="small" icon={<DownloadOutlined />} href={r.downloadUrl} download data-testid="report-download">
            {t('rating.reports.download')}
          </Button>
          {/* A page the server renders, outside the app: a plain link, not a router link. */}
          <Button type="link" size="small" icon={<SafetyCertificateOutlined />} href={verifyUrl(r.reportId)} target="_blank" rel="noopener" data-testid="report-verify">
            {t('rating.reports.verify')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Card
      title={
        <span>
          <FileProtectOutlined /> {t('rating.reports.title')}
        </span>
      }
      extra={
        <Flex gap={8}>
          <Select<ReportLanguage>
            value={reportLanguage}
            onChange={setReportLanguage}
            aria-label={t('rating.reports.language')}
            style={{ width: 110 }}
            options={(['zh-CN', 'en'] as const).map((v) => ({ value: v, label: t(`rating.reports.languages.${v}`) }))}
            data-testid="report-language"
          />
          <Button type="primary" loading={issuing} onClick={() => void issue()} data-testid="issue-report">
            {t('rating.reports.issue')}
          </Button>
        </Flex>
      }
      style={{ marginBottom: 16 }}
      data-testid="rating-reports"
    >
      <Typography.Paragraph type="secondary">{t('rating.reports.description')}</Typography.Paragraph>
      {reports.error ? <ErrorAlert error={reports.error} onRetry={reports.reload} /> : null}
      <Table<CreditReport>
        rowKey="reportId"
        size="small"
        columns={columns}
        dataSource={reports.data?.items ?? []}
        loading={reports.loading}
        pagination={false}
        // Narrow enough for the application detail's wider column (about 680 px at 1440).
        scroll={{ x: 640 }}
        tableLayout="fixed"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rating.reports.empty')} /> }}
        data-testid="reports-table"
      />
    </Card>
  );
}
