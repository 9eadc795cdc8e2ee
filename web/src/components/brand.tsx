// The product mark and name.
import { useTranslation } from 'react-i18next';
import './grid.css';
import './plain/plain.css';

export function BrandMark({ size = 32 }: { size?: number }) {
  return <img src="/favicon.svg" width={size} height={size} alt="" aria-hidden style={{ display: 'block' }} />;
}

/** The mark, the name and (on wide screens) what the platform is. */
export function Brand({ onDark = false }: { onDark?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={onDark ? 'kj-brand' : 'kj-brand kj-on-light'}>
      <BrandMark />
      <span>
        {t('app.name')}
        <span className="kj-brand-sub kj-wide-only">
          {' · '}
          {t('app.subtitle')}
        </span>
      </span>
    </span>
  );
}
