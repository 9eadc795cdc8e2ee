// One click switches between Chinese and English; the choice is remembered.
import { GlobalOutlined } from '@ant-design/icons';
import { Button, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';

export function LangSwitch({ onDark = false }: { onDark?: boolean }) {
  const { t } = useTranslation();
  const next = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  const wide = Grid.useBreakpoint().sm ?? true;
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      title={t('lang.label')}
      lang={next}
      style={onDark ? { color: 'rgba(255,255,255,0.88)' } : undefined}
      onClick={() => void changeLanguage(next)}
    >
      {wide ? t('lang.switchTo') : next === 'en' ? 'EN' : '中'}
    </Button>
  );
}
