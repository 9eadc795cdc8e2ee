// Why the institution declined, its own words, the general advice for that reason, and what the
// matching engine says the enterprise would need to pass this product's rules.
import { BulbOutlined } from '@ant-design/icons';
import { Alert, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationAdvice, ApplicationDetail } from '../../api/applications';

/** The product's rules the enterprise does not meet, with what would pass each. */
function AdviceTable({ advice }: { advice: ApplicationAdvice[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ApplicationAdvice> = [
    { title: t('market.matches.rule'), dataIndex: 'rule', width: 180 },
    { title: t('market.matches.required'), dataIndex: 'required', width: 200 },
    {
      title: t('market.matches.actual'),
      dataIndex: 'actual',
      width: 130,
      render: (v: ApplicationAdvice['actual']) => (v === null ? t('common.none') : String(v)),
    },
    {
      title: t('market.matches.advice'),
      dataIndex: 'advice',
      render: (advice: string) => (
        <Typography.Text>
          <BulbOutlined style={{ color: '#874d00', marginInlineEnd: 6 }} />
          {advice}
        </Typography.Text>
      ),
    },
  ];
  return <Table<ApplicationAdvice> rowKey={(a) => a.rule} size="small" columns={columns} dataSource={advice} pagination={false} scroll={{ x: 640 }} data-testid="rejection-advice" />;
}

/** Before a decision: the rules of the product the enterprise does not meet today (both sides see them). */
export function UnmetRulesCard({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  if (application.rejection || !application.advice.length) return null;
  return (
    <Card title={t('workflow.detail.unmetTitle')} style={{ marginBottom: 16 }} data-testid="unmet-rules-card">
      <AdviceTable advice={application.advice} />
    </Card>
  );
}

export function RejectionCard({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const rejection = application.rejection;
  if (!rejection) return null;
  return (
    <Card title={t('workflow.detail.rejection')} style={{ marginBottom: 16 }} data-testid="rejection-card">
      <Alert
        type="error"
        showIcon
        message={<span data-testid="rejection-reason">{rejection.label}</span>}
        description={rejection.text ? <span style={{ whiteSpace: 'pre-wrap' }}>{rejection.text}</span> : undefined}
        style={{ marginBottom: 16 }}
      />
      {rejection.advice ? (
        <Typography.Paragraph>
          <BulbOutlined style={{ color: '#874d00', marginInlineEnd: 6 }} />
          {rejection.advice}
        </Typography.Paragraph>
      ) : null}
      {application.advice.length ? (
        <>
          <Typography.Title level={5}>{t('workflow.detail.adviceTitle')}</Typography.Title>
          <AdviceTable advice={application.advice} />
        </>
      ) : null}
    </Card>
  );
}
