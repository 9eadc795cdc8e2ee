// The headline of a rating: the grade, the score on a gauge, PD, suggested limit and the dimension radar.
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Col, Row } from '../../components/grid';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../api/rating';
import { formatDateTime } from '../../lib/format';
import { formatWan, formatYuan } from '../../lib/money';
import { limitBasisText } from '../../lib/limit-basis';
import { formatPercent, gradeColor } from '../../lib/rating-format';
import { DimensionRadar, ScoreGauge } from './rating-charts';

function GradeBadge({ grade }: { grade: string }) {
  const { t } = useTranslation();
  const color = gradeColor(grade);
  return (
    <Flex vertical align="center" justify="center" gap={4} style={{ minWidth: 120 }}>
      <div
        data-testid="rating-grade"
        aria-label={t('rating.grade')}
        style={{ fontSize: 52, fontWeight: 700, lineHeight: 1.1, color, border: `3px solid ${color}`, borderRadius: 12, padding: '8px 18px', letterSpacing: 1 }}
      >
        {grade}
      </div>
      <Typography.Text type="secondary">{t('rating.grade')}</Typography.Text>
    </Flex>
  );
}

export function RatingSummary({ rating }: { rating: Rating }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const limit = rating.creditLimit.amountFen;
  const stage = rating.dimensions.stage;
  return (
    <Card style={{ marginBottom: 16 }} data-testid="rating-summary">
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} lg={8}>
          <Flex align="center" gap={8}>
            <GradeBadge grade={rating.grade} />
            <div style={{ flex: 1, minWidth: 0 }}>
              <ScoreGauge score={rating.score} />
              <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center' }} data-testid="rating-score">
                {t('rating.scoreOf', { score: rating.score })}
              </Typography.Text>
            </div>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Descriptions column={1} size="small" colon={false} styles={{ label: { width: 130 } }}>
            <Descriptions.Item label={t('rating.pd')}>
              <span data-testid="rating-pd">{formatPercent(rating.pd, 2)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('rating.creditLimit')}>
              <Typography.Text strong data-testid="rating-limit">
                {language === 'en' ? formatYuan(limit) : formatWan(limit, t('common.wan'))}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('rating.basis')}>
              <Typography.Text type="secondary" data-testid="rating-basis">{limitBasisText(t, language, rating.creditLimit)}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('rating.stage')}>{stage ? <Tag color="blue">{t(`rating.stages.${stage}`)}</Tag> : t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('rating.modelVersion')}>
              <Typography.Text code>{rating.modelVersion}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('rating.ratedAt')}>{formatDateTime(rating.ratedAt, language)}</Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} lg={8}>
          <Typography.Text strong>{t('rating.dimensions.title')}</Typography.Text>
          <DimensionRadar dimensions={rating.dimensions} />
        </Col>
      </Row>
    </Card>
  );
}
