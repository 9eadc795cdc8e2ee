import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { calendarYears } from '../../db/schema/index.ts';
import { systemContext } from '../shared/context.ts';
import { CalendarStore, loadCalendarYear } from './calendar-store.ts';

// 2031 is beyond the package: Monday to Friday until the operator loads it. 2031-01-02 is a Thursday.
const YEAR_2031 = JSON.stringify({ year: 2031, holidays: [{ date: '2031-01-03', name: '元旦' }], workdays: [{ date: '2031-01-04', name: '元旦调休' }] });

describe('the calendar store', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.close());

  it('sees a year loaded through it at once, and one loaded elsewhere after its recheck interval', async () => {
    let now = 1_000_000;
    const store = new CalendarStore(() => now);
    const other = new CalendarStore(() => now);
    const ctx = systemContext({ database });
    expect((await store.get(database.db)).isWorkingDay('2031-01-03')).toBe(true);
    expect((await other.get(database.db)).isWorkingDay('2031-01-03')).toBe(true);
    await loadCalendarYear(ctx, 2031, 'json', YEAR_2031, store);
    expect((await store.get(database.db)).isWorkingDay('2031-01-03')).toBe(false);
    expect((await store.get(database.db)).isWorkingDay('2031-01-04')).toBe(true);
    // Another process's store keeps its calendar for 30 s, then notices the change.
    expect((await other.get(database.db)).isWorkingDay('2031-01-03')).toBe(true);
    now += 30_001;
    expect((await other.get(database.db)).isWorkingDay('2031-01-03')).toBe(false);
    await database.db.delete(calendarYears);
  });
});
