// One click switches between Chinese and English; the choice is remembered.
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';
import './grid.css';
import './plain/plain.css';

export function LangSwitch({ onDark = false }: { onDark?: boolean }) {
  const { t } = useTranslation();
  const next = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className={onDark ? 'kj-icon-btn' : 'kj-icon-btn kj-on-light'}
      data-testid="lang-switch"
      title={t('lang.label')}
      lang={next}
      onClick={() => void changeLanguage(next)}
    >
      <GlobalOutlined aria-hidden />
      <span className="kj-wide-only">{t('lang.switchTo')}</span>
      <span className="kj-narrow-only">{next === 'en' ? 'EN' : '中'}</span>
    </button>
  );
}
