import { afterEach, describe, expect, it } from 'vitest';
import { setBusinessTimeZone } from '../business-time';
import { formatCount, formatDate, formatDateTime } from './format';

describe('dates in the business time zone', () => {
  afterEach(() => setBusinessTimeZone(undefined));

  it('shows a moment on the business day, not the browser’s', () => {
    setBusinessTimeZone('Asia/Shanghai');
    // 17:30 UTC on the 6th is 01:30 on the 7th in Beijing.
    expect(formatDateTime('2026-12-06T17:30:00Z', 'zh-CN')).toBe('2026/12/07 01:30');
    expect(formatDate('2026-12-06T17:30:00Z', 'zh-CN')).toBe('2026/12/07');
    setBusinessTimeZone('America/New_York');
    expect(formatDate('2026-12-06T17:30:00Z', 'zh-CN')).toBe('2026/12/06');
  });

  it('keeps a calendar date the same date in any zone', () => {
    for (const zone of ['Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati']) {
      setBusinessTimeZone(zone);
      expect(formatDate('2026-12-10', 'zh-CN')).toBe('2026/12/10');
      expect(formatDate('2026-12-10', 'en')).toBe('12/10/2026');
    }
  });

  it('says — for nothing and returns what it cannot read', () => {
    expect(formatDate(null, 'zh-CN')).toBe('—');
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });
});

describe('written out without Intl, as Intl writes them', () => {
  it('a calendar date in each language', () => {
    for (const iso of ['2026-01-05', '1999-12-31', '2026-12-10']) {
      for (const language of ['zh-CN', 'en']) {
        const intl = new Intl.DateTimeFormat(language, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
        expect(formatDate(iso, language)).toBe(intl);
      }
    }
  });

  it('a whole count, with thousands separators', () => {
    for (const value of [0, 7, 999, 1000, 12_345, -4_567_890, 1_234_567_890_123]) {
      for (const language of ['zh-CN', 'en']) expect(formatCount(value, language)).toBe(new Intl.NumberFormat(language).format(value));
    }
    expect(formatCount(1234.5, 'en')).toBe('1,234.5');
  });
});
