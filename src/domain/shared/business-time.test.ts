import { describe, expect, it } from 'vitest';
import { addDays, businessDateOf, instantAt, isTimeZone, localTimeOf, nextTimeOfDay, startOfBusinessDay } from './business-time.ts';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const at = (iso: string) => new Date(iso);

describe('business time', () => {
  it('takes the date of an instant in the zone, not in UTC', () => {
    // 00:30 Beijing time on 2026-03-10 is 16:30 UTC on 2026-03-09.
    expect(businessDateOf(at('2026-03-09T16:30:00Z'), SH)).toBe('2026-03-10');
    expect(businessDateOf(at('2026-03-09T16:30:00Z'), 'UTC')).toBe('2026-03-09');
    expect(businessDateOf(at('2026-03-09T15:59:59.999Z'), SH)).toBe('2026-03-09');
    expect(businessDateOf(at('2026-03-09T16:00:00Z'), SH)).toBe('2026-03-10');
    expect(businessDateOf(at('2026-03-10T03:00:00Z'), NY)).toBe('2026-03-09');
  });

  it('reads the wall clock of the zone', () => {
    expect(localTimeOf(at('2026-03-09T16:30:05Z'), SH)).toEqual({ date: '2026-03-10', hour: 0, minute: 30, second: 5 });
    expect(localTimeOf(at('2026-12-31T16:00:00Z'), SH)).toEqual({ date: '2027-01-01', hour: 0, minute: 0, second: 0 });
  });

  it('gives the instant a business day starts', () => {
    expect(startOfBusinessDay('2026-03-10', SH).toISOString()).toBe('2026-03-09T16:00:00.000Z');
    expect(startOfBusinessDay('2026-03-10', 'UTC').toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(startOfBusinessDay('2026-07-01', NY).toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfBusinessDay('2026-01-01', NY).toISOString()).toBe('2026-01-01T05:00:00.000Z');
  });

  it('handles the daylight-saving days of a zone that has them', () => {
    // New York: 2026-03-08 02:00 EST jumps to 03:00 EDT; 2026-11-01 02:00 EDT falls back to 01:00 EST.
    expect(instantAt('2026-03-08', 1, 30, NY).toISOString()).toBe('2026-03-08T06:30:00.000Z');
    expect(instantAt('2026-03-08', 2, 30, NY).toISOString()).toBe('2026-03-08T07:30:00.000Z'); // skipped: 03:30 EDT
    expect(instantAt('2026-03-08', 3, 30, NY).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(instantAt('2026-11-01', 1, 30, NY).toISOString()).toBe('2026-11-01T05:30:00.000Z'); // shown twice: the first
    expect(instantAt('2026-11-01', 2, 30, NY).toISOString()).toBe('2026-11-01T07:30:00.000Z');
  });

  it('adds days to a calendar date across months, years and leap days', () => {
    expect(addDays('2026-03-10', 1)).toBe('2026-03-11');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-10', 365)).toBe('2027-03-10');
    expect(() => addDays('2026-3-1', 1)).toThrow(RangeError);
  });

  it('finds the next time of day in the zone, whatever the server runs in', () => {
    // 00:30 Beijing: tonight's 02:30 is two hours away, 18:30 UTC.
    expect(nextTimeOfDay(at('2026-03-09T16:30:00Z'), '02:30', SH).toISOString()).toBe('2026-03-09T18:30:00.000Z');
    // 02:30 exactly has passed: tomorrow's.
    expect(nextTimeOfDay(at('2026-03-09T18:30:00Z'), '02:30', SH).toISOString()).toBe('2026-03-10T18:30:00.000Z');
    // 12:00 Beijing: the next 02:30 is tomorrow's.
    expect(nextTimeOfDay(at('2026-03-10T04:00:00Z'), '02:30', SH).toISOString()).toBe('2026-03-10T18:30:00.000Z');
    expect(nextTimeOfDay(at('2026-03-07T12:00:00Z'), '02:30', NY).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('knows IANA zones and refuses what is not one', () => {
    for (const zone of ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/Berlin']) expect(isTimeZone(zone)).toBe(true);
    for (const zone of ['Asia/Beijing', 'Mars/Olympus', '+08:00', '', 'Asia/Shanghai\u0000']) expect(isTimeZone(zone)).toBe(false);
  });
});
