// The brand panel beside the sign-in form (hidden on narrow screens).
import { AuditOutlined, FundOutlined, TrophyOutlined } from '@ant-design/icons';
import { Flex, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HEADER_BACKGROUND } from './colors';
import { Brand } from './brand';

export function LoginAside() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  if (!screens.md) return null;
  const highlights = [
    { icon: <TrophyOutlined />, text: t('login.highlights.rating') },
    { icon: <FundOutlined />, text: t('login.highlights.marketplace') },
    { icon: <AuditOutlined />, text: t('login.highlights.workflow') },
  ];
  return (
    <Flex
      vertical
      justify="space-between"
      style={{
        width: '42%',
        maxWidth: 560,
        padding: 48,
        background: `linear-gradient(160deg, ${HEADER_BACKGROUND} 0%, #1556b8 100%)`,
        color: '#fff',
      }}
    >
      <Brand onDark />
      <div>
        <Typography.Title level={2} style={{ color: '#fff' }}>
          {t('app.fullName')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.8)', fontSize: 16 }}>
          {t('app.tagline')}
        </Typography.Paragraph>
        <Flex vertical gap={14} style={{ marginTop: 32 }}>
          {highlights.map((item) => (
            <Flex key={item.text} gap={12} align="center" style={{ fontSize: 15 }}>
              <span style={{ fontSize: 20, color: '#f5b400' }}>{item.icon}</span>
              {item.text}
            </Flex>
          ))}
        </Flex>
      </div>
      <Typography.Text style={{ color: 'rgba(255,255,255,0.8)' }}>{t('app.footer')}</Typography.Text>
    </Flex>
  );
}
