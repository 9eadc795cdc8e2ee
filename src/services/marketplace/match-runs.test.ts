import { describe, expect, it } from 'vitest';
import { msUntilLocalTime } from './match-runs.ts';

const SH = 'Asia/Shanghai';
const HOUR = 3600_000;

describe('msUntilLocalTime', () => {
  // Instants written in UTC: the result depends on the business zone only, never on the process's TZ.
  const utc = (iso: string) => new Date(`${iso}Z`);
  it('waits until today’s time in the zone when it is still ahead', () => {
    expect(msUntilLocalTime('02:30', utc('2026-03-13T17:30:00'), SH)).toBe(HOUR); // 01:30 Shanghai
    expect(msUntilLocalTime('23:59', utc('2026-03-14T15:58:30'), SH)).toBe(30_000);
    expect(msUntilLocalTime('02:30', utc('2026-03-13T16:30:00'), SH)).toBe(2 * HOUR); // 00:30 Shanghai, 16:30 UTC the day before
  });
  it('waits until tomorrow once today’s time has come', () => {
    expect(msUntilLocalTime('02:30', utc('2026-03-13T18:30:00'), SH)).toBe(24 * HOUR);
    expect(msUntilLocalTime('02:30', utc('2026-03-14T06:00:00'), SH)).toBe(12.5 * HOUR); // 14:00 Shanghai
    expect(msUntilLocalTime('00:00', utc('2026-03-14T15:00:00'), SH)).toBe(HOUR);
  });
  it('means 02:30 in Shanghai on a server whose clock reads UTC or New York time', () => {
    // A UTC server at 02:30 on its own clock: 10:30 in Shanghai, so the run is 16 hours away, not now.
    expect(msUntilLocalTime('02:30', utc('2026-03-14T02:30:00'), SH)).toBe(16 * HOUR);
    // A New York server at 13:29 EST (18:29 UTC): a minute before 02:30 in Shanghai.
    expect(msUntilLocalTime('02:30', utc('2026-03-13T18:29:00'), SH)).toBe(60_000);
    // The same instants for a business zone of New York itself: 02:30 there (EDT from 2026-03-08).
    expect(msUntilLocalTime('02:30', utc('2026-03-14T02:30:00'), 'America/New_York')).toBe(4 * HOUR);
  });
});
