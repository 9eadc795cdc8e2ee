import { describe, expect, it } from 'vitest';
import { previousMonthEnds } from './seed-rating-history.ts';

describe('previousMonthEnds', () => {
  it('lists the last day of each earlier month, oldest first, across the year and February', () => {
    expect(previousMonthEnds('2026-03-15', 3)).toEqual(['2025-12-31', '2026-01-31', '2026-02-28']);
    expect(previousMonthEnds('2026-12-01', 1)).toEqual(['2026-11-30']);
  });
});
