// One click switches between Chinese and English; the choice is remembered.
import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';
import './grid.css';

export function LangSwitch({ onDark = false }: { onDark?: boolean }) {
  const { t } = useTranslation();
  const next = currentLanguage() === 'en' ? 'zh-CN' : 'en';
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
      <span className="kj-wide-only">{t('lang.switchTo')}</span>
      <span className="kj-narrow-only">{next === 'en' ? 'EN' : '中'}</span>
    </Button>
  );
}
