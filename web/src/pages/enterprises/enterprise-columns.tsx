// Table columns for the enterprise list.
import { Button, Flex, Progress, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import { EllipsisText } from '../../components/ellipsis-text';
import type { Enterprise } from '../../api/types';
import { ParkName } from '../../components/park-name';
import { RatingBandTag } from '../../components/rating-band-tag';
import { StatusTag } from '../../components/status-tag';
import { completenessColor } from '../profile/completeness-card';
import { industryLabel } from '../../lib/code-names';
import { formatCount } from '../../lib/format';
import { formatWan, formatYuan } from '../../lib/money';

export function enterpriseColumns(
  t: TFunction,
  language: string,
  onEdit: (enterprise: Enterprise) => void,
): TableColumnsType<Enterprise> {
  return [
    {
      title: t('enterprises.name'),
      key: 'name',
      width: 172,
      render: (_, e) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Link to={encodeURIComponent(e.creditCode)} onClick={(event) => event.stopPropagation()} style={{ maxWidth: '100%' }}>
            <EllipsisText text={e.name} strong testId="enterprise-name" style={{ color: 'inherit' }} />
          </Link>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {e.creditCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('enterprises.park'),
      dataIndex: 'parkName',
      width: 100,
      render: (name: string, e) => (
        <EllipsisText text={name} testId="enterprise-park">
          <ParkName code={e.parkCode} fallback={name} />
        </EllipsisText>
      ),
    },
    {
      title: t('enterprises.industry'),
      key: 'industry',
      width: 120,
      render: (_, e) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <EllipsisText text={industryLabel(e.industryCode, language)} />
          <Typography.Text type="secondary">{e.industryCode}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('enterprises.foundedOn'), dataIndex: 'foundedOn', width: 112 },
    {
      title: t('enterprises.registeredCapital'),
      dataIndex: 'registeredCapitalFen',
      align: 'right',
      width: 110,
      render: (fen: number) => (language === 'en' ? formatYuan(fen) : formatWan(fen, t('common.wan'))),
    },
    {
      title: t('enterprises.employees'),
      dataIndex: 'employees',
      align: 'right',
      width: 92,
      render: (n: number) => formatCount(n, language),
    },
    {
      title: t('enterprises.completeness'),
      dataIndex: 'completeness',
      width: 124,
      render: (score: number | undefined) =>
        typeof score === 'number' ? (
          <Flex align="center" gap={8} data-testid="enterprise-completeness">
            <Progress percent={score} aria-label={`${score}%`} showInfo={false} size="small" strokeColor={completenessColor(score)} style={{ width: 52, margin: 0 }} />
            <span>{score}%</span>
          </Flex>
        ) : (
          t('common.none')
        ),
    },
    { title: t('directory.ratingBand'), dataIndex: 'ratingBand', width: 80, render: (band: string | null) => <RatingBandTag band={band} /> },
    { title: t('common.status'), dataIndex: 'status', width: 80, render: (s: string) => <StatusTag status={s} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 80,
      render: (_, e) => (
        <Button
          type="link"
          size="small"
          onClick={(event) => {
            event.stopPropagation();
            onEdit(e);
          }}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];
}
