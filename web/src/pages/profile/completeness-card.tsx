// How complete the profile is, and what is still missing.
import { Card, Empty, Flex, List, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../api/profile';
import { sectionLabel } from '../../lib/labels';

export const completenessColor = (score: number) => (score >= 90 ? '#237804' : score >= 70 ? '#1556b8' : score >= 40 ? '#874d00' : '#cf1322');

export function CompletenessCard({ completeness }: { completeness: Completeness | undefined }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  if (!completeness) {
    return (
      <Card title={t('profile.completeness.title')} style={{ height: '100%' }}>
        <Empty description={t('profile.completeness.unavailable')} />
      </Card>
    );
  }
  const { score, missing } = completeness;
  return (
    <Card title={t('profile.completeness.title')} style={{ height: '100%' }} data-testid="completeness">
      <Flex gap={24} align="flex-start" wrap="wrap">
        <Progress
          type="circle"
          percent={score}
          size={112}
          strokeColor={completenessColor(score)}
          format={(percent) => <span data-testid="completeness-score">{percent}%</span>}
        />
        <div style={{ flex: 1, minWidth: 220 }}>
          {missing.length === 0 ? (
            <Typography.Text type="success">{t('profile.completeness.complete')}</Typography.Text>
          ) : (
            <>
              <Typography.Text strong>{t('profile.completeness.missing', { count: missing.length })}</Typography.Text>
              <List
                size="small"
                split={false}
                dataSource={missing}
                style={{ marginTop: 4 }}
                data-testid="completeness-missing"
                renderItem={(item) => (
                  <List.Item style={{ paddingInline: 0 }}>
                    <Flex gap={8} align="baseline">
                      <Tag style={{ flexShrink: 0 }}>{sectionLabel(t, item.section)}</Tag>
                      <Typography.Text>{english ? item.messageEn : item.messageZh}</Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            </>
          )}
        </div>
      </Flex>
    </Card>
  );
}
