// Ranked matches: each eligible product with its score and reasons, each near-miss with every unmet
// rule's requirement, the enterprise's actual value and advice, and what the card offers to do (apply).
// Texts come from the server in `lang`.
import { CheckCircleFilled, BulbOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, List, Progress, Table, Tag, Typography, type PaginationProps, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchItem, UnmetRule } from '../../api/needs';
import { labelOr } from '../../lib/labels';
import { useParkLabel } from '../../lib/code-names';
import { formatFactValue } from '../../lib/market-format';
import { KindTag } from './market-tags';
import { useMatchFacts } from './use-match-facts';

function UnmetTable({ unmet }: { unmet: UnmetRule[] }) {
  const { t, i18n } = useTranslation();
  const { byKey } = useMatchFacts();
  const park = useParkLabel(i18n.language);
  const columns: TableColumnsType<UnmetRule> = [
    {
      title: t('market.matches.rule'),
      key: 'fact',
      width: 170,
      render: (_, u) => {
        const fact = byKey.get(u.fact);
        return fact ? (i18n.language === 'en' ? fact.nameEn : fact.nameZh) : labelOr(t, `market.matches.needFacts.${u.fact}`, u.fact);
      },
    },
    { title: t('market.matches.required'), dataIndex: 'required', width: 200 },
    {
      title: t('market.matches.actual'),
      key: 'actual',
      width: 130,
      render: (_, u) => formatFactValue(t, i18n.language, byKey.get(u.fact), u.fact, u.actual, park),
    },
    {
      title: t('market.matches.advice'),
      dataIndex: 'advice',
      render: (advice: string) => (
        <Typography.Text data-testid="unmet-advice">
          <BulbOutlined style={{ color: '#874d00', marginInlineEnd: 6 }} />
          {advice}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<UnmetRule>
      rowKey={(u) => `${u.rule}:${u.fact}`}
      size="small"
      columns={columns}
      dataSource={unmet}
      pagination={false}
      scroll={{ x: 640 }}
      data-testid="match-unmet"
    />
  );
}

function MatchCard({ item, action }: { item: MatchItem; action?: (item: MatchItem) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      data-testid="match-item"
      data-eligible={item.eligible ? 'true' : 'false'}
      data-product-id={item.productId}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong data-testid="match-product">
            {item.productName}
          </Typography.Text>
          <KindTag kind={item.kind} loanType={item.loanType} />
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {item.institutionName}
          </Typography.Text>
        </Flex>
      }
      extra={
        <Flex gap={12} align="center">
          {item.eligible ? (
            <Tag color="green" style={{ marginInlineEnd: 0 }}>
              {t('market.matches.eligibleTag')}
            </Tag>
          ) : (
            <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="near-miss">
              {t('market.matches.nearMissTag', { count: item.unmet.length })}
            </Tag>
          )}
          <Flex align="center" gap={6} style={{ width: 150 }} title={t('market.matches.score')}>
            <Progress percent={Math.round(item.score)} size="small" showInfo={false} style={{ margin: 0, flex: 1 }} />
            <Typography.Text data-testid="match-score">{Math.round(item.score)}</Typography.Text>
          </Flex>
          {action?.(item)}
        </Flex>
      }
    >
      {item.reasons.length ? (
        <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
          {item.reasons.map((reason) => (
            <li key={reason} data-testid="match-reason" style={{ padding: '2px 0' }}>
              <CheckCircleFilled style={{ color: '#237804', marginInlineEnd: 8 }} />
              {reason}
            </li>
          ))}
        </ul>
      ) : null}
      {item.unmet.length ? <UnmetTable unmet={item.unmet} /> : null}
    </Card>
  );
}

interface MatchListProps {
  items: MatchItem[];
  loading: boolean;
  pagination: PaginationProps | false;
  testId?: string;
  /** What each card offers to do, e.g. apply to the product. */
  action?: (item: MatchItem) => ReactNode;
}

export function MatchList({ items, loading, pagination, testId = 'match-list', action }: MatchListProps) {
  const { t } = useTranslation();
  return (
    <List<MatchItem>
      dataSource={items}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('market.matches.empty')} /> }}
      rowKey="productId"
      split={false}
      renderItem={(item) => (
        <List.Item style={{ padding: '6px 0' }}>
          <MatchCard item={item} action={action} />
        </List.Item>
      )}
      data-testid={testId}
    />
  );
}
