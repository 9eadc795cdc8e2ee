// Investor: the open fundraisings, masked (round, amount band, industry, park) until the enterprise
// grants the investor its data room; a granted one opens whole, with its deck and data room.
import { Button, Card, Descriptions, Drawer, Flex, Result, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listFundraisings, readFundraising, type ListedFundraising } from '../../api/fundraising';
import { PageHeader } from '../../components/page-header';
import { errorMessage } from '../../lib/api-errors';
import { industryLabel } from '../../lib/code-names';
import { formatDate } from '../../lib/format';
import { formatAmount } from '../../lib/money';
import { useAsync } from '../../lib/use-async';
import { DocumentList } from './fundraising-documents';

function FundraisingDrawer({ creditCode, onClose }: { creditCode: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useAsync((signal) => readFundraising(creditCode, signal), [creditCode]);
  const p = data?.profile;
  return (
    <Drawer open width={640} onClose={onClose} title={data?.enterprise.name ?? ''} data-testid="fundraising-drawer">
      {error ? <Result status="warning" subTitle={errorMessage(t, error)} /> : null}
      {!data && !error ? <Spin /> : null}
      {data && data.view === 'masked' && data.summary ? (
        <Flex vertical gap={12}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('fundraising.fields.round')}>{t(`fundraising.rounds.${data.summary.round}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fundraising.fields.amountBand')}>{t(`fundraising.bands.${data.summary.amountBand}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fundraising.fields.industry')}>{industryLabel(data.enterprise.industryCode, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('fundraising.fields.park')}>{data.enterprise.parkName}</Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">{t('fundraising.investor.requestHint')}</Typography.Text>
        </Flex>
      ) : null}
      {p ? (
        <Flex vertical gap={12}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('fundraising.fields.round')}>{t(`fundraising.rounds.${p.round}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fundraising.fields.amountWan')}>{formatAmount(p.amountSoughtFen, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('fundraising.fields.valuationMinWan')}>{formatAmount(p.valuationMinFen, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('fundraising.fields.valuationMaxWan')}>{formatAmount(p.valuationMaxFen, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('fundraising.fields.useOfFunds')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{p.useOfFunds}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('fundraising.fields.milestones')}>
              {p.milestones.map((m) => (
                <div key={`${m.dueOn}${m.title}`}>
                  {formatDate(m.dueOn, i18n.language)} · {m.title}
                </div>
              ))}
            </Descriptions.Item>
          </Descriptions>
          {data?.readsDocuments ? <DocumentList creditCode={creditCode} documents={data.documents} /> : null}
        </Flex>
      ) : null}
    </Drawer>
  );
}

export function InvestorFundraisingsPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const { data, error, loading } = useAsync((signal) => listFundraisings(page, signal), [page]);
  const amountOf = (f: ListedFundraising) => (f.granted && f.amountSoughtFen !== null ? formatAmount(f.amountSoughtFen, i18n.language) : t(`fundraising.bands.${f.summary.amountBand}`));
  return (
    <>
      <PageHeader title={t('fundraising.investor.title')} description={t('fundraising.investor.description')} testId="fundraisings-title" />
      <Card>
        {error ? <Result status="warning" subTitle={errorMessage(t, error)} /> : null}
        <Table<ListedFundraising>
          rowKey="creditCode"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('fundraising.investor.empty') }}
          pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          data-testid="fundraisings-table"
          columns={[
            { title: t('fundraising.fields.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('fundraising.fields.industry'), dataIndex: 'industryCode', render: (code: string) => industryLabel(code, i18n.language) },
            { title: t('fundraising.fields.park'), key: 'park', render: (_: unknown, f) => (i18n.language.startsWith('en') ? f.parkNameEn : f.parkName) },
            { title: t('fundraising.fields.round'), key: 'round', render: (_: unknown, f) => t(`fundraising.rounds.${f.summary.round}`) },
            { title: t('fundraising.fields.amountBand'), key: 'amount', render: (_: unknown, f) => amountOf(f) },
            { title: t('fundraising.fields.access'), dataIndex: 'granted', render: (g: boolean) => <Tag color={g ? 'success' : 'default'}>{g ? t('fundraising.investor.granted') : t('fundraising.investor.masked')}</Tag> },
            {
              title: '',
              key: 'open',
              render: (_: unknown, f) => (
                <Button type="link" size="small" onClick={() => setOpen(f.creditCode)}>
                  {t('fundraising.investor.open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {open ? <FundraisingDrawer creditCode={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
