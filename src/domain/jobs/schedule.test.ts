import { describe, expect, it } from 'vitest';
import { cronOf, msUntilNext, parseSchedule } from './schedule.ts';

// Instants given in Beijing time (UTC+8), whatever the machine's zone.
const beijing = (hhmmss: string, day = '2026-03-14') => new Date(`${day}T${hhmmss}+08:00`);

describe('schedules', () => {
  it('reads the forms the configuration takes and refuses anything else', () => {
    expect(parseSchedule('02:30')).toEqual({ dailyAt: '02:30' });
    expect(parseSchedule('daily 01:00')).toEqual({ dailyAt: '01:00' });
    expect(parseSchedule('every 6h')).toEqual({ every: { seconds: 21_600 } });
    expect(parseSchedule('every 30 min')).toEqual({ every: { seconds: 1800 } });
    expect(parseSchedule('every 5s')).toEqual({ every: { seconds: 5 } });
    for (const bad of ['24:00', 'every 0h', 'every 2 days', 'nightly', '']) expect(() => parseSchedule(bad)).toThrow(/not a schedule/);
  });

  it('waits until today’s time in the business zone, or tomorrow’s once it has come', () => {
    const tz = 'Asia/Shanghai';
    expect(msUntilNext({ dailyAt: '02:30' }, beijing('01:30:00'), tz)).toBe(3600_000);
    expect(msUntilNext({ dailyAt: '02:30' }, beijing('02:30:00'), tz)).toBe(24 * 3600_000);
    expect(msUntilNext({ dailyAt: '02:30' }, beijing('14:00:00'), tz)).toBe(12.5 * 3600_000);
    expect(msUntilNext({ dailyAt: '00:00' }, beijing('23:00:00'), tz)).toBe(3600_000);
    // 00:30 Beijing is 16:30 UTC the day before: still "today 02:30" in Beijing, two hours on.
    expect(msUntilNext({ dailyAt: '02:30' }, beijing('00:30:00'), tz)).toBe(2 * 3600_000);
    expect(msUntilNext({ dailyAt: '02:30' }, beijing('00:30:00'), 'UTC')).toBe(10 * 3600_000);
  });

  it('aligns intervals to the zone’s clock', () => {
    const tz = 'Asia/Shanghai';
    expect(msUntilNext({ every: { seconds: 21_600 } }, beijing('05:00:00'), tz)).toBe(3600_000);
    expect(msUntilNext({ every: { seconds: 21_600 } }, beijing('06:00:00'), tz)).toBe(6 * 3600_000);
    expect(msUntilNext({ every: { seconds: 10 } }, beijing('06:00:03'), tz)).toBe(7000);
  });

  it('turns a schedule into the cron expression pg-boss stores (seconds first)', () => {
    expect(cronOf({ dailyAt: '02:30' })).toBe('0 30 2 * * *');
    expect(cronOf({ every: { seconds: 21_600 } })).toBe('0 0 */6 * * *');
    expect(cronOf({ every: { seconds: 1800 } })).toBe('0 */30 * * * *');
    expect(cronOf({ every: { seconds: 5 } })).toBe('*/5 * * * * *');
  });
});
