// The factors that raised (green) and lowered (red) the score, with their values and points.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Empty, List, Typography } from 'antd';
import { Col, Row } from '../../components/grid';
import { useTranslation } from 'react-i18next';
import type { RatingFactor } from '../../api/rating';
import { featureName, formatFeatureValue, formatPoints } from '../../lib/rating-format';

const UP = '#237804';
const DOWN = '#cf1322';

function FactorList({ factors, direction }: { factors: RatingFactor[]; direction: 'up' | 'down' }) {
  const { t, i18n } = useTranslation();
  const color = direction === 'up' ? UP : DOWN;
  const title = direction === 'up' ? t('rating.factors.raised') : t('rating.factors.lowered');
  return (
    <>
      <Typography.Title level={5} style={{ color, marginTop: 0 }}>
        {direction === 'up' ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {title}
      </Typography.Title>
      {factors.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rating.factors.none')} />
      ) : (
        <List
          size="small"
          dataSource={factors}
          data-testid={`factors-${direction}`}
          renderItem={(f) => (
            <List.Item data-testid="rating-factor" extra={<Typography.Text strong style={{ color }}>{t('rating.factors.points', { points: formatPoints(f.points) })}</Typography.Text>}>
              <List.Item.Meta
                title={featureName(f, i18n.language)}
                description={`${t('rating.factors.value')}: ${formatFeatureValue(t, i18n.language, f.feature, f.value)}`}
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}

export function FactorsCard({ factors }: { factors: RatingFactor[] }) {
  const { t } = useTranslation();
  const byWeight = (a: RatingFactor, b: RatingFactor) => Math.abs(b.points) - Math.abs(a.points);
  const up = factors.filter((f) => f.direction === 'up').sort(byWeight);
  const down = factors.filter((f) => f.direction === 'down').sort(byWeight);
  return (
    <Card title={t('rating.factors.title')} style={{ marginBottom: 16 }} data-testid="rating-factors">
      <Row gutter={[32, 16]}>
        <Col xs={24} md={12}>
          <FactorList factors={up} direction="up" />
        </Col>
        <Col xs={24} md={12}>
          <FactorList factors={down} direction="down" />
        </Col>
      </Row>
    </Card>
  );
}
