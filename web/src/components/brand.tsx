// The product mark and name.
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import './grid.css';

export function BrandMark({ size = 32 }: { size?: number }) {
  return <img src="/favicon.svg" width={size} height={size} alt="" aria-hidden style={{ display: 'block' }} />;
}

export function Brand({ onDark = false }: { onDark?: boolean }) {
  const { t } = useTranslation();
  const color = onDark ? '#fff' : undefined;
  return (
    <Flex align="center" gap={10}>
      <BrandMark />
      <Typography.Text strong style={{ color, fontSize: 17, whiteSpace: 'nowrap' }}>
        {t('app.name')}
        <Typography.Text className="kj-wide-only" style={{ color: onDark ? 'rgba(255,255,255,0.75)' : undefined, fontWeight: 400 }}>
          {' · '}
          {t('app.subtitle')}
        </Typography.Text>
      </Typography.Text>
    </Flex>
  );
}
