// "What would raise my grade": each change the model suggests, what it is worth and the grade after it.
import { RiseOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Improvement } from '../../api/rating';
import { featureName, formatFeatureValue } from '../../lib/rating-format';

export function ImprovementsCard({ improvements, grade }: { improvements: Improvement[]; grade: string }) {
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
          dataSource={[...improvements].sort((a, b) => b.scoreGain - a.scoreGain)}
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
                <Typography.Text strong style={{ color: '#389e0d' }}>
                  {t('rating.improvements.gain', { points: item.scoreGain })}
                </Typography.Text>
                <Tag color={item.gradeAfter === grade ? 'default' : 'green'} style={{ marginInlineEnd: 0 }}>
                  {t('rating.improvements.gradeAfter', { grade: item.gradeAfter })}
                </Tag>
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
