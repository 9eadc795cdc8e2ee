import { describe, expect, it } from 'vitest';
import { msUntilLocalTime } from './match-runs.ts';

describe('msUntilLocalTime', () => {
  const at = (h: number, m: number, s = 0) => new Date(2026, 2, 14, h, m, s);
  it('waits until today’s time when it is still ahead', () => {
    expect(msUntilLocalTime('02:30', at(1, 30))).toBe(3600_000);
    expect(msUntilLocalTime('23:59', at(23, 58, 30))).toBe(30_000);
  });
  it('waits until tomorrow once today’s time has come', () => {
    expect(msUntilLocalTime('02:30', at(2, 30))).toBe(24 * 3600_000);
    expect(msUntilLocalTime('02:30', at(14, 0))).toBe(12.5 * 3600_000);
    expect(msUntilLocalTime('00:00', at(23, 0))).toBe(3600_000);
  });
});
