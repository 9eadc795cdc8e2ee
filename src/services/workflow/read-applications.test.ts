import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../domain/calendar/calendar.ts';
import { packageCalendarYears } from '../../domain/calendar/package-data.ts';
import { deadlineOf } from './read-applications.ts';

const calendar = workingCalendar(packageCalendarYears());
const SH = 'Asia/Shanghai';
const undecided = (deadlineOn: string, state = 'submitted') => ({ state, deadlineOn, decidedAt: null });

describe('deadline status', () => {
  it('counts working days left and is missed the day after the deadline, weekend or not', () => {
    // 2026-11-20 is a Friday, 11-21 a Saturday, 11-23 a Monday.
    expect(deadlineOf(undecided('2026-11-20'), calendar, '2026-11-21', SH)).toMatchObject({ status: 'missed' });
    expect(deadlineOf(undecided('2026-11-20'), calendar, '2026-11-20', SH)).toMatchObject({ status: 'due_soon', workingDaysLeft: 0 });
    expect(deadlineOf(undecided('2026-11-23'), calendar, '2026-11-21', SH)).toMatchObject({ status: 'due_soon', workingDaysLeft: 1 });
    expect(deadlineOf(undecided('2026-11-26'), calendar, '2026-11-21', SH)).toMatchObject({ status: 'on_time', workingDaysLeft: 4 });
    expect(deadlineOf(undecided('2026-11-26', 'info_requested'), calendar, '2026-11-21', SH).status).toBe('paused');
  });

  it('a decision meets or misses it', () => {
    expect(deadlineOf({ state: 'approved', deadlineOn: '2026-11-20', decidedAt: new Date('2026-11-20T09:00:00Z') }, calendar, '2026-11-25', SH).status).toBe('met');
    expect(deadlineOf({ state: 'rejected', deadlineOn: '2026-11-20', decidedAt: new Date('2026-11-23T09:00:00Z') }, calendar, '2026-11-25', SH).status).toBe('late');
  });

  it('judges a decision by its business date in the zone, not its UTC date', () => {
    const decided = (at: string) => ({ state: 'approved', deadlineOn: '2026-11-20', decidedAt: new Date(at) });
    // 23:30 on the 20th in Beijing (15:30 UTC): in time. 00:30 on the 21st in Beijing (16:30 UTC on the 20th): late.
    expect(deadlineOf(decided('2026-11-20T15:30:00Z'), calendar, '2026-11-25', SH).status).toBe('met');
    expect(deadlineOf(decided('2026-11-20T16:30:00Z'), calendar, '2026-11-25', SH).status).toBe('late');
    expect(deadlineOf(decided('2026-11-20T16:30:00Z'), calendar, '2026-11-25', 'UTC').status).toBe('met');
  });
});
