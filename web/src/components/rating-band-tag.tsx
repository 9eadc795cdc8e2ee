// A rating band (A, B or C) as a coloured tag, or "not rated".
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { bandTagColor } from '../lib/rating-format';

export function RatingBandTag({ band }: { band: string | null | undefined }) {
  const { t } = useTranslation();
  if (!band) return <Typography.Text type="secondary">{t('directory.noRating')}</Typography.Text>;
  return (
    <Tag color={bandTagColor(band)} data-testid="rating-band">
      {band}
    </Tag>
  );
}
