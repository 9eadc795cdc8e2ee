// A park by its name in the reader's language, looked up by its code (the server's Chinese name until the parks list has loaded).
import { useTranslation } from 'react-i18next';
import { useParkLabel } from '../lib/code-names';

export function ParkName({ code, fallback }: { code: string; fallback?: string }) {
  const { i18n } = useTranslation();
  const label = useParkLabel(i18n.language)(code);
  return <>{label === code && fallback ? fallback : label}</>;
}
