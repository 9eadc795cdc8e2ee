// Dates and numbers in the user's language.
import { businessTimeZone } from '../business-time';

// Formatters are costly to create (a table of dates made one per cell): one per language and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: string, withTime: boolean, dateOnly = false): Intl.DateTimeFormat {
  // A calendar date ('2026-12-10') parses as midnight UTC: shown in UTC it stays that date anywhere.
  const timeZone = dateOnly ? 'UTC' : businessTimeZone();
  const key = `${language}|${timeZone ?? ''}|${withTime}`;
  let format = formatters.get(key);
  if (!format) {
    const time = withTime ? ({ hour: '2-digit', minute: '2-digit', hour12: false } as const) : {};
    format = new Intl.DateTimeFormat(language, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', ...time });
    formatters.set(key, format);
  }
  return format;
}

/** A moment as date and time of the business day (Asia/Shanghai by default), in the user's language. */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language, true).format(date);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date (or a moment's business date) in the user's language. A calendar date is written out
 * directly, as Intl would (2026/12/10, 12/10/2026): the first Intl formatter a page makes loads
 * the browser's locale data, tens of milliseconds a home need not spend.
 */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '—';
  const day = DATE_ONLY.exec(iso);
  if (day && (language === 'zh-CN' || language === 'en')) {
    const [, y, m, d] = day;
    return language === 'en' ? `${m}/${d}/${y}` : `${y}/${m}/${d}`;
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(language, false, DATE_ONLY.test(iso)).format(date);
}

/** A count with thousands separators (both languages group by three with commas; whole numbers need no Intl). */
export function formatCount(value: number, language: string): string {
  if (Number.isSafeInteger(value) && (language === 'zh-CN' || language === 'en')) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
    return value < 0 ? `-${digits}` : digits;
  }
  return new Intl.NumberFormat(language).format(value);
}

/** The name in the user's language when there is one. */
export function localName(item: { name: string; nameEn?: string | null }, language: string): string {
  return language === 'en' && item.nameEn ? item.nameEn : item.name;
}
