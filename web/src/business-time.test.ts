import { afterEach, describe, expect, it } from 'vitest';
import { businessToday, setBusinessTimeZone } from './business-time';

describe('businessToday', () => {
  afterEach(() => setBusinessTimeZone(undefined));
  it('is the date in the business zone, not the browser’s', () => {
    const at = new Date('2026-12-06T16:30:00Z'); // 00:30 on 7 December in Beijing
    setBusinessTimeZone('Asia/Shanghai');
    expect(businessToday(at).format('YYYY-MM-DD')).toBe('2026-12-07');
    setBusinessTimeZone('America/New_York');
    expect(businessToday(at).format('YYYY-MM-DD')).toBe('2026-12-06');
  });
});
