// Table columns of a financing need that the enterprise's list and the institutions' inbox share.
import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { Need } from '../../api/needs';
import { formatDate } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { KindTag, NeedStatusTag } from './market-tags';

export function needColumns(t: TFunction, language: string): TableColumnsType<Need> {
  return [
    { title: t('market.fields.kind'), dataIndex: 'kind', width: 90, render: (_, n) => <KindTag kind={n.kind} /> },
    {
      title: t('market.needs.amount'),
      dataIndex: 'amountFen',
      width: 110,
      align: 'right',
      render: (fen: number) => <span data-testid="need-amount">{formatMoney(t, fen)}</span>,
    },
    {
      title: t('market.needs.term'),
      dataIndex: 'termMonths',
      width: 70,
      render: (months: number | null) => (months === null ? t('common.none') : t('market.monthsValue', { count: months })),
    },
    {
      title: t('market.needs.purpose'),
      dataIndex: 'purpose',
      render: (purpose: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: purpose }} style={{ margin: 0 }} data-testid="need-purpose">
          {purpose}
        </Typography.Paragraph>
      ),
    },
    { title: t('market.needs.neededBy'), dataIndex: 'neededBy', width: 112, render: (d: string | null) => formatDate(d, language) },
    {
      title: t('market.needs.offers'),
      dataIndex: 'offers',
      width: 100,
      render: (offers: Need['offers']) =>
        offers.length ? (
          <Flex gap={4} wrap>
            {offers.map((o) => (
              <Tag key={o} style={{ marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%' }}>
                {t(`market.security.${o}`)}
              </Tag>
            ))}
          </Flex>
        ) : (
          t('common.none')
        ),
    },
    { title: t('common.status'), dataIndex: 'status', width: 96, fixed: 'right', render: (s: Need['status']) => <NeedStatusTag status={s} /> },
  ];
}
