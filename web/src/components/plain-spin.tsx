// A loading spinner drawn without antd (its stylesheet is in pages/login/login-page.css, which the
// entry loads): for the sign-in page and while the first signed-in page's code arrives.
import { useTranslation } from 'react-i18next';
import '../pages/login/login-page.css';

export function PlainSpin() {
  const { t } = useTranslation();
  return <div className="kj-spin" role="status" aria-label={t('common.loading')} />;
}
