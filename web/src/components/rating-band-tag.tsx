// A rating band (A, B or C: a tier of the nine-step credit grade) as a coloured tag that reads
// "A 档" / "Band A", so it is never mistaken for the grade A; or "not rated".
import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { bandTagColor } from '../lib/rating-format';

export function RatingBandTag({ band }: { band: string | null | undefined }) {
  const { t } = useTranslation();
  if (!band) return <Typography.Text type="secondary">{t('directory.noRating')}</Typography.Text>;
  return (
    <Tooltip title={t('ratingBand.hint')}>
      <Tag color={bandTagColor(band)} data-testid="rating-band">
        {t('ratingBand.value', { band })}
      </Tag>
    </Tooltip>
  );
}
