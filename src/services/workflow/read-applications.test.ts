import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../domain/calendar/calendar.ts';
import { packageCalendarYears } from '../../domain/calendar/package-data.ts';
import { deadlineOf } from './read-applications.ts';

const calendar = workingCalendar(packageCalendarYears());
const undecided = (deadlineOn: string, state = 'submitted') => ({ state, deadlineOn, decidedAt: null });

describe('deadline status', () => {
  it('counts working days left and is missed the day after the deadline, weekend or not', () => {
    // 2026-11-20 is a Friday, 11-21 a Saturday, 11-23 a Monday.
    expect(deadlineOf(undecided('2026-11-20'), calendar, '2026-11-21')).toMatchObject({ status: 'missed' });
    expect(deadlineOf(undecided('2026-11-20'), calendar, '2026-11-20')).toMatchObject({ status: 'due_soon', workingDaysLeft: 0 });
    expect(deadlineOf(undecided('2026-11-23'), calendar, '2026-11-21')).toMatchObject({ status: 'due_soon', workingDaysLeft: 1 });
    expect(deadlineOf(undecided('2026-11-26'), calendar, '2026-11-21')).toMatchObject({ status: 'on_time', workingDaysLeft: 4 });
    expect(deadlineOf(undecided('2026-11-26', 'info_requested'), calendar, '2026-11-21').status).toBe('paused');
  });

  it('a decision meets or misses it', () => {
    expect(deadlineOf({ state: 'approved', deadlineOn: '2026-11-20', decidedAt: new Date('2026-11-20T09:00:00Z') }, calendar, '2026-11-25').status).toBe('met');
    expect(deadlineOf({ state: 'rejected', deadlineOn: '2026-11-20', decidedAt: new Date('2026-11-23T09:00:00Z') }, calendar, '2026-11-25').status).toBe('late');
  });
});
