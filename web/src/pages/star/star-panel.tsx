// An enterprise's STAR Market readiness: the attributes by group, each indicator's value,
// requirement, gap and years to close; the five listing standards at the expected market value,
// which the user may change (from the last round's post-money valuation); the PDF in either language.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getStarReadiness, starPdfUrl, type StarCondition, type StarIndicator, type StarReadiness } from '../../api/star';
import { ErrorAlert } from '../../components/error-alert';
import { fenToWanInput, parseWanToFen } from '../../lib/money';
import { useAsync } from '../../lib/use-async';
import { starValue } from './star-format';

type Row = (StarIndicator | StarCondition) & { key: string; label: string };

function useColumns(): TableColumnsType<Row> {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const outlook = (r: Row) => (r.outlook === 'closes' ? t('star.closesIn', { count: r.yearsToClose ?? 0 }) : t(`star.outlook.${r.outlook}`));
  return [
    { title: t('star.columns.indicator'), dataIndex: 'label', render: (v: string, r) => (r.missing ? <span>{v} <Tag>{t(`star.missing.${r.missing}`)}</Tag></span> : v) },
    { title: t('star.columns.actual'), key: 'actual', align: 'right', width: 130, render: (_, r) => (r.unit === 'assessment' ? t('star.needsAssessment') : starValue(r.unit, r.actual, lang)) },
    { title: t('star.columns.required'), key: 'required', align: 'right', width: 130, render: (_, r) => starValue(r.unit, r.required, lang) },
    { title: t('star.columns.gap'), key: 'gap', align: 'right', width: 130, render: (_, r) => (r.met ? '—' : starValue(r.unit, r.gap, lang)) },
    {
      title: t('star.columns.years'),
      key: 'years',
      width: 150,
      render: (_, r) => <Tag color={r.met ? 'green' : r.outlook === 'closes' ? 'gold' : 'default'} data-testid="star-outlook">{outlook(r)}</Tag>,
    },
  ];
}

function AttributesCard({ data }: { data: StarReadiness }) {
  const { t } = useTranslation();
  const columns = useColumns();
  const verdict = data.attributesMet ? (data.attributesMetBy === 'exception' ? 'metByException' : 'met') : 'notMet';
  return (
    <Card title={t('star.attributes')} extra={<Tag color={data.attributesMet ? 'green' : 'red'} data-testid="star-attributes">{t(`star.verdict.${verdict}`)}</Tag>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {data.groups.map((g) => (
          <div key={g.id}>
            <Typography.Text strong>
              {t(`star.groups.${g.id}`)} <Tag color={g.met ? 'green' : 'red'}>{g.met ? t('star.met') : t('star.notMet')}</Tag>
            </Typography.Text>
            <Table<Row>
              size="small"
              pagination={false}
              rowKey="key"
              columns={columns}
              dataSource={data.indicators.filter((i) => i.group === g.id).map((i) => ({ ...i, key: i.id, label: t(`star.indicators.${i.id}`) }))}
              data-testid="star-indicators"
            />
          </div>
        ))}
        <Typography.Text type="secondary">{t('star.groupNote')}</Typography.Text>
      </Space>
    </Card>
  );
}

function StandardsCard({ data }: { data: StarReadiness }) {
  const { t, i18n } = useTranslation();
  const columns = useColumns();
  const colour = { met: 'green', not_met: 'red', needs_assessment: 'gold' } as const;
  return (
    <Card title={t('star.standards')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {data.standards.map((s) => {
          const shown = s.met ? (s.alternatives.find((a) => a.every((c) => c.met)) ?? []) : s.gaps;
          return (
            <div key={s.id} data-testid="star-standard">
              <Typography.Text strong>
                {i18n.language === 'en' ? s.nameEn : s.nameZh} <Tag color={colour[s.status]}>{t(`star.status.${s.status}`)}</Tag>
              </Typography.Text>
              <Table<Row> size="small" pagination={false} rowKey="key" columns={columns} dataSource={shown.map((c, i) => ({ ...c, key: `${c.kind}-${i}`, label: t(`star.conditions.${c.kind}`) }))} />
            </div>
          );
        })}
      </Space>
    </Card>
  );
}

function MarketValueInput({ data, onChange }: { data: StarReadiness; onChange: (fen: number | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(data.expectedMarketValueFen === null ? '' : fenToWanInput(data.expectedMarketValueFen));
  const parsed = text.trim() === '' ? null : parseWanToFen(text);
  const invalid = text.trim() !== '' && parsed === null;
  return (
    <Flex gap={8} align="center" wrap>
      <Input
        style={{ width: 220 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => !invalid && onChange(parsed)}
        suffix={t('star.wan')}
        status={invalid ? 'error' : undefined}
        aria-label={t('star.marketValue')}
        data-testid="star-market-value"
      />
      <Button onClick={() => onChange(parsed)} disabled={invalid} data-testid="star-apply">
        {t('star.apply')}
      </Button>
      <Button type="link" onClick={() => onChange(null)}>
        {t('star.useLastRound')}
      </Button>
    </Flex>
  );
}

export function StarPanel({ creditCode }: { creditCode: string }) {
  const { t, i18n } = useTranslation();
  const [marketValueFen, setMarketValueFen] = useState<number | null>(null);
  const state = useAsync((signal) => getStarReadiness(creditCode, marketValueFen, signal), [creditCode, marketValueFen]);
  if (state.error) return <ErrorAlert error={state.error} />;
  const data = state.data;
  if (!data) return <Card loading />;
  const lang = i18n.language;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('star.ruleSet')}>{`${lang === 'en' ? data.ruleSetName.en : data.ruleSetName.zh} (${data.ruleSetVersion})`}</Descriptions.Item>
          <Descriptions.Item label={t('star.asOf')}>{data.asOf}</Descriptions.Item>
          <Descriptions.Item label={t('star.fiscalYears')}>{data.fiscalYears.join(', ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('star.staffMonth')}>{data.staffMonth ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('star.marketValue')}>
            <span data-testid="star-market-value-shown">{starValue('fen', data.expectedMarketValueFen, lang)}</span> <Tag>{t(`star.source.${data.marketValueSource}`)}</Tag>
          </Descriptions.Item>
        </Descriptions>
        <MarketValueInput key={`${data.expectedMarketValueFen}`} data={data} onChange={setMarketValueFen} />
        <Flex gap={8} style={{ marginTop: 12 }}>
          {(['zh-CN', 'en'] as const).map((l) => (
            <Button key={l} icon={<DownloadOutlined />} href={starPdfUrl(creditCode, l, marketValueFen)} download data-testid={`star-pdf-${l}`}>
              {t(`star.pdf.${l}`)}
            </Button>
          ))}
        </Flex>
      </Card>
      {data.marketValueSource === 'none' && <Alert type="info" showIcon message={t('star.noMarketValue')} />}
      <AttributesCard data={data} />
      <StandardsCard data={data} />
      <Typography.Paragraph type="secondary">{t('star.notes')}</Typography.Paragraph>
    </Space>
  );
}
