// "What would raise my grade": each change the model suggests, the points it adds and, only when it
// changes the grade, the grade after it; the largest effect first.
import { RiseOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Improvement } from '../../api/rating';
import { featureName, formatFeatureValue } from '../../lib/rating-format';
import { rankImprovements } from './improvement-order';

export function ImprovementsCard({ improvements }: { improvements: Improvement[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Card
      title={
        <span>
          <RiseOutlined /> {t('rating.improvements.title')}
        </span>
      }
      style={{ marginBottom: 16 }}
      data-testid="rating-improvements"
    >
      {improvements.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rating.improvements.empty')} />
      ) : (
        <List
          dataSource={rankImprovements(improvements)}
          renderItem={(item) => (
            <List.Item data-testid="rating-improvement">
              <List.Item.Meta
                title={language === 'en' ? item.adviceEn : item.adviceZh}
                description={t('rating.improvements.change', {
                  name: featureName(item, language),
                  from: formatFeatureValue(t, language, item.feature, item.from),
                  to: formatFeatureValue(t, language, item.feature, item.to),
                })}
              />
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong style={{ color: '#237804' }}>
                  {t('rating.improvements.gain', { points: item.scoreGain })}
                </Typography.Text>
                {item.gradeAfter ? (
                  <Tag color="green" style={{ marginInlineEnd: 0 }} data-testid="rating-improvement-grade">
                    {t('rating.improvements.gradeAfter', { grade: item.gradeAfter })}
                  </Tag>
                ) : (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('edges.improvements.gradeStays')}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {t('rating.improvements.note')}
      </Typography.Paragraph>
    </Card>
  );
}
